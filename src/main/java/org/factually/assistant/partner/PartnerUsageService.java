package org.factually.assistant.partner;

import io.quarkus.arc.Arc;
import org.factually.assistant.common.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.factually.assistant.answering.AnswerRecorded;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** What each key did per UTC day: the counters the limiter keeps, plus the answers given. */
@ApplicationScoped
@Transactional
public class PartnerUsageService {

    private static final String COUNT_ANSWER = """
            INSERT INTO api_key_answers AS a (key_id, day, shard, questions, unknown_answers) VALUES (?, ?, ?, 1, ?)
            ON CONFLICT (key_id, day, shard) DO UPDATE
            SET questions = a.questions + 1, unknown_answers = a.unknown_answers + EXCLUDED.unknown_answers""";

    private final EntityManager em;
    private final Clock clock;
    private final AdmittedKey admitted;
    private final PartnerConfig config;

    public PartnerUsageService(EntityManager em, Clock clock, AdmittedKey admitted, PartnerConfig config) {
        this.em = em;
        this.clock = clock;
        this.admitted = admitted;
        this.config = config;
    }

    /** A partner's answer is counted in the transaction that records it; the reader pages' answers are no partner's. */
    void onAnswerRecorded(@Observes AnswerRecorded answer) {
        if (Arc.container().requestContext().isActive() && admitted.keyId() != null) {
            recordAnswer(admitted.keyId(), answer.unknown());
        }
    }

    /**
     * Concurrent answers of one key count in different rows (migration V18_1), chosen by the recording thread. Plain
     * JDBC on the transaction's connection: once per partner answer, where a Hibernate native query's own work
     * (parsing, flushing the session first) cost more CPU than the statement.
     */
    void recordAnswer(long keyId, boolean unknown) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement count = c.prepareStatement(COUNT_ANSWER)) {
                count.setLong(1, keyId);
                count.setObject(2, today());
                count.setShort(3, (short) (Thread.currentThread().getId() % config.answerCountShards()));
                count.setInt(4, unknown ? 1 : 0);
                count.executeUpdate();
            }
        });
    }

    /** Usage of the last {@code days} UTC days (today included), newest first, of one key or of all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UsageDay> usage(int days, Long keyId) {
        LocalDate from = today().minusDays(days - 1L);
        String oneKey = keyId == null ? "" : " WHERE u.key_id = :key";
        var query = em.createNativeQuery("""
                SELECT u.key_id, k.partner, u.day, sum(u.requests), sum(u.questions), sum(u.unknown_answers),
                       sum(u.rate_limited), sum(u.quota_exceeded)
                FROM (SELECT key_id, day, requests, 0 AS questions, 0 AS unknown_answers, rate_limited, quota_exceeded
                      FROM api_key_usage WHERE day >= :from
                      UNION ALL
                      SELECT key_id, day, 0, questions, unknown_answers, 0, 0 FROM api_key_answers WHERE day >= :from) u
                JOIN api_key k ON k.id = u.key_id""" + oneKey + " GROUP BY u.key_id, k.partner, u.day ORDER BY u.day DESC, u.key_id")
                .setParameter("from", from);
        if (keyId != null) {
            query.setParameter("key", keyId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(PartnerUsageService::toUsage).toList();
    }

    private static UsageDay toUsage(Object[] r) {
        int questions = ((Number) r[4]).intValue();
        int unknown = ((Number) r[5]).intValue();
        return new UsageDay(((Number) r[0]).longValue(), (String) r[1], Dates.localDate(r[2]), ((Number) r[3]).intValue(),
                questions, unknown, questions == 0 ? null : (double) unknown / questions,
                ((Number) r[6]).intValue(), ((Number) r[7]).intValue());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
