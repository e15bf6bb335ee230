package org.factually.assistant.partner;

import org.factually.assistant.common.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** What each key did per UTC day: the counters the limiter keeps, plus the answers given. */
@ApplicationScoped
@Transactional
public class PartnerUsageService {

    private final EntityManager em;
    private final Clock clock;

    public PartnerUsageService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public void recordAnswer(long keyId, boolean unknown) {
        em.createNativeQuery("""
                        INSERT INTO api_key_usage AS u (key_id, day, questions, unknown_answers) VALUES (?1, ?2, 1, ?3)
                        ON CONFLICT (key_id, day) DO UPDATE
                        SET questions = u.questions + 1, unknown_answers = u.unknown_answers + EXCLUDED.unknown_answers""")
                .setParameter(1, keyId)
                .setParameter(2, today())
                .setParameter(3, unknown ? 1 : 0)
                .executeUpdate();
    }

    /** Usage of the last {@code days} UTC days (today included), newest first, of one key or of all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UsageDay> usage(int days, Long keyId) {
        LocalDate from = today().minusDays(days - 1L);
        String oneKey = keyId == null ? "" : " AND u.key_id = :key";
        var query = em.createNativeQuery("""
                SELECT u.key_id, k.partner, u.day, u.requests, u.questions, u.unknown_answers, u.rate_limited, u.quota_exceeded
                FROM api_key_usage u JOIN api_key k ON k.id = u.key_id
                WHERE u.day >= :from""" + oneKey + " ORDER BY u.day DESC, u.key_id")
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
