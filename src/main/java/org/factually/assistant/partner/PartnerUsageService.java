package org.factually.assistant.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.factually.assistant.answering.AnswersByKey;
import org.factually.assistant.common.Dates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each key did per UTC day: the counters the limiter keeps, plus the answers given, counted from the answers'
 * rows ({@link AnswersByKey}) and, for the days before migration V21_1, from {@code api_key_answers}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PartnerUsageService {

    private static final Comparator<UsageDay> NEWEST_DAY_FIRST =
            Comparator.comparing(UsageDay::day).reversed().thenComparingLong(UsageDay::keyId);

    private final EntityManager em;
    private final Clock clock;
    private final AnswersByKey answers;

    public PartnerUsageService(EntityManager em, Clock clock, AnswersByKey answers) {
        this.em = em;
        this.clock = clock;
        this.answers = answers;
    }

    /** Usage of the last {@code days} UTC days (today included), newest first, of one key or of all. */
    public List<UsageDay> usage(int days, Long keyId) {
        LocalDate from = today().minusDays(days - 1L);
        Map<KeyDay, Counts> counts = new HashMap<>();
        for (Object[] r : counters(from, keyId)) {
            counts.merge(new KeyDay(((Number) r[0]).longValue(), Dates.localDate(r[1])), new Counts(((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue()), Counts::plus);
        }
        for (AnswersByKey.Day d : answers.since(from, keyId)) {
            counts.merge(new KeyDay(d.keyId(), d.day()), new Counts(0, d.questions(), d.unknownAnswers(), 0, 0), Counts::plus);
        }
        Map<Long, String> partners = partners(counts.keySet().stream().map(KeyDay::keyId).collect(Collectors.toSet()));
        return counts.entrySet().stream()
                .filter(e -> partners.containsKey(e.getKey().keyId()))
                .map(e -> e.getValue().toUsage(e.getKey(), partners.get(e.getKey().keyId())))
                .sorted(NEWEST_DAY_FIRST)
                .toList();
    }

    private record KeyDay(long keyId, LocalDate day) {
    }

    private record Counts(int requests, int questions, int unknown, int rateLimited, int quotaExceeded) {
        Counts plus(Counts other) {
            return new Counts(requests + other.requests, questions + other.questions, unknown + other.unknown,
                    rateLimited + other.rateLimited, quotaExceeded + other.quotaExceeded);
        }

        UsageDay toUsage(KeyDay at, String partner) {
            return new UsageDay(at.keyId(), partner, at.day(), requests, questions, unknown,
                    questions == 0 ? null : (double) unknown / questions, rateLimited, quotaExceeded);
        }
    }

    /** The limiter's counters, and the answers counted before V21_1: key, day, requests, questions, unknown, 429s. */
    @SuppressWarnings("unchecked")
    private List<Object[]> counters(LocalDate from, Long keyId) {
        String oneKey = keyId == null ? "" : " AND key_id = :key";
        var query = em.createNativeQuery("""
                SELECT key_id, day, requests, 0, 0, rate_limited, quota_exceeded FROM api_key_usage WHERE day >= :from"""
                + oneKey + """

                UNION ALL
                SELECT key_id, day, 0, questions, unknown_answers, 0, 0 FROM api_key_answers WHERE day >= :from""" + oneKey)
                .setParameter("from", from);
        if (keyId != null) {
            query.setParameter("key", keyId);
        }
        return query.getResultList();
    }

    private Map<Long, String> partners(Set<Long> keyIds) {
        if (keyIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, partner FROM api_key WHERE id IN (:ids)")
                .setParameter("ids", keyIds).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
