package org.factually.assistant.review;

import org.factually.assistant.common.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.factually.assistant.answering.ReviewStates;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The drafts waiting for (or having had) review, newest first. Each filter has its own index (see V3), so a page
 * costs the same with a hundred or a hundred thousand recorded answers; only the feedback filters and orders read
 * the readers' verdicts, from the (much smaller) feedback table. The page's own rows get their feedback summaries
 * in one more query.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewQueue {

    private static final int EXCERPT_CHARS = 220;

    private final EntityManager em;
    private final ReviewConfig config;
    private final ReaderVerdicts verdicts;

    public ReviewQueue(EntityManager em, ReviewConfig config, ReaderVerdicts verdicts) {
        this.em = em;
        this.config = config;
        this.verdicts = verdicts;
    }

    public QueuePage page(QueueFilter filter) {
        boolean byFeedback = filter.byFeedback();
        StringBuilder from = new StringBuilder(" FROM answer a");
        if (byFeedback) {
            // Feedback on a copy served from a reviewed answer counts for that reviewed answer, the one in the queue.
            from.append(' ').append("""
                    JOIN (SELECT coalesce(published_answer_id, answer_id) AS answer_id,
                                 count(*) FILTER (WHERE NOT helpful) AS negative, count(*) FILTER (WHERE helpful) AS positive,
                                 array_agg(reason) FILTER (WHERE reason IS NOT NULL) AS reasons, max(created_at) AS latest
                          FROM feedback GROUP BY 1) fb ON fb.answer_id = a.id""");
        }
        from.append(" WHERE a.review_state IS NOT NULL");
        List<Object> params = new ArrayList<>();
        if (filter.state() != null) {
            params.add(filter.state());
            from.append(" AND a.review_state = ?").append(params.size());
        }
        if (filter.outcome() != null) {
            params.add(filter.outcome());
            from.append(" AND a.status = ?").append(params.size());
        }
        if (filter.assignedTo() != null) {
            params.add(filter.assignedTo());
            from.append(" AND a.claimed_by = ?").append(params.size());
        }
        if (filter.search() != null) {
            params.add(filter.search());
            from.append(" AND a.search_text @@ websearch_to_tsquery('english', ?").append(params.size()).append(')');
        }
        if (QueueFilter.NEGATIVE.equals(filter.feedback())) {
            from.append(" AND fb.negative > 0");
        } else if (QueueFilter.POSITIVE.equals(filter.feedback())) {
            from.append(" AND fb.positive > 0 AND fb.negative = 0");
        }
        if (filter.reason() != null) {
            params.add(filter.reason());
            from.append(" AND ?").append(params.size()).append(" = ANY (fb.reasons)");
        }
        List<Object> pageParams = new ArrayList<>(params);
        StringBuilder sql = new StringBuilder("""
                SELECT a.id, a.question, a.status, a.review_state, a.published, left(coalesce(a.reviewed_answer, a.answer), ?""")
                .append(pageParams.size() + 1).append("), a.created_at, a.reviewed_by, a.stale_reason, a.review_version, a.claimed_by, a.assigned_by")
                // Joined with the feedback, every matching row is read anyway: the page's own query counts them (column 12).
                .append(byFeedback ? ", count(*) OVER ()" : "").append(from);
        pageParams.add(EXCERPT_CHARS);
        sql.append(switch (filter.order()) {
            case DISLIKED -> " ORDER BY fb.negative DESC, a.created_at DESC, a.id";
            case RECENT_FEEDBACK -> " ORDER BY fb.latest DESC, a.created_at DESC, a.id";
            case NEWEST -> " ORDER BY a.created_at DESC, a.id";
        });
        int size = config.pageSize();
        pageParams.add(size);
        sql.append(" LIMIT ?").append(pageParams.size());
        // long: a page number of tens of millions must give an empty page, not an overflowed, negative offset.
        pageParams.add((long) (filter.page() - 1) * size);
        sql.append(" OFFSET ?").append(pageParams.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(sql.toString()), pageParams).getResultList();
        Map<String, Long> counts = stateCounts();
        long total;
        if (filter.byStateOnly()) {
            // Filtered by state alone (or not at all), the count per state the page shows anyway is the total: one scan fewer.
            total = filter.state() == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.get(filter.state());
        } else if (byFeedback && !rows.isEmpty()) {
            total = ((Number) rows.get(0)[12]).longValue();
        } else {
            total = ((Number) bind(em.createNativeQuery("SELECT count(*)" + from), params).getSingleResult()).longValue();
        }
        Map<UUID, ReaderVerdicts.Summary> feedback = verdicts.summaries(rows.stream().map(r -> (UUID) r[0]).toList());
        List<QueueRow> page = rows.stream().map(r -> row(r, feedback.getOrDefault((UUID) r[0], ReaderVerdicts.Summary.NONE))).toList();
        return new QueuePage(filter, page, total, (int) Math.max(1, (total + size - 1) / size), counts);
    }

    /** The newest draft waiting for review other than the one just decided and those others claimed, if any is left. */
    public Optional<UUID> next(UUID after, String editor) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                        SELECT id FROM answer WHERE review_state = 'new' AND id <> ?1 AND (claimed_by IS NULL OR claimed_by = ?2)
                        ORDER BY created_at DESC, id LIMIT 1""")
                .setParameter(1, after).setParameter(2, editor).getResultList();
        return ids.stream().findFirst();
    }

    private static Query bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    private Map<String, Long> stateCounts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT review_state, count(*) FROM answer WHERE review_state IS NOT NULL GROUP BY review_state").getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        ReviewStates.ALL.forEach(s -> counts.put(s, 0L));
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    private static QueueRow row(Object[] r, ReaderVerdicts.Summary feedback) {
        return new QueueRow((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (Boolean) r[4], (String) r[5],
                Dates.instant(r[6]), (String) r[7], (String) r[8], ((Number) r[9]).intValue(), (String) r[10], (String) r[11], feedback);
    }
}
