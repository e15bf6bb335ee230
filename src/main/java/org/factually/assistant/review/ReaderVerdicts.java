package org.factually.assistant.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.factually.assistant.common.Dates;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Readers' feedback as editors see it on a reviewed answer: the verdicts given on the answer itself and on every
 * answer served from it (feedback rows name the published answer they were served from).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReaderVerdicts {

    /** One reader's verdict; {@code servedCopy} is the answer rated when it was a copy served from this one. */
    public record Verdict(boolean helpful, String reason, String comment, Instant at, UUID servedCopy) {
    }

    /** The verdicts on one answer, counted: the distinct reasons given and the latest comment. */
    public record Summary(long negative, long positive, List<String> reasons, String latestComment) {
        public static final Summary NONE = new Summary(0, 0, List.of(), null);

        public boolean any() {
            return negative + positive > 0;
        }
    }

    private final EntityManager em;

    public ReaderVerdicts(EntityManager em) {
        this.em = em;
    }

    /** Every verdict reaching this answer, newest first. */
    public List<Verdict> on(UUID answerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT helpful, reason, comment, created_at, CASE WHEN answer_id <> ?1 THEN answer_id END
                        FROM feedback WHERE answer_id = ?1 OR published_answer_id = ?1
                        ORDER BY created_at DESC, id DESC""")
                .setParameter(1, answerId).getResultList();
        return rows.stream().map(r -> new Verdict((Boolean) r[0], (String) r[1], (String) r[2], Dates.instant(r[3]), (UUID) r[4]))
                .toList();
    }

    /** The summaries of the answers of one queue page; answers without feedback are absent. */
    public Map<UUID, Summary> summaries(Collection<UUID> answerIds) {
        if (answerIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT coalesce(published_answer_id, answer_id),
                               count(*) FILTER (WHERE NOT helpful), count(*) FILTER (WHERE helpful),
                               string_agg(DISTINCT reason, ',' ORDER BY reason),
                               (array_agg(comment ORDER BY created_at DESC) FILTER (WHERE comment IS NOT NULL))[1]
                        FROM feedback WHERE answer_id IN (?1) OR published_answer_id IN (?1)
                        GROUP BY 1""")
                .setParameter(1, answerIds).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> new Summary(((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), r[3] == null ? List.of() : Arrays.asList(((String) r[3]).split(",")), (String) r[4])));
    }
}
