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
import java.util.UUID;

/**
 * The drafts waiting for (or having had) review, newest first. Each filter has its own index (see V3), so a page
 * costs the same with a hundred or a hundred thousand recorded answers; only the feedback filter reads the
 * readers' verdicts, from the (much smaller) feedback table.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewQueue {

    private static final int EXCERPT_CHARS = 220;

    private final EntityManager em;
    private final ReviewConfig config;

    public ReviewQueue(EntityManager em, ReviewConfig config) {
        this.em = em;
        this.config = config;
    }

    public QueuePage page(QueueFilter filter) {
        boolean byFeedback = filter.feedback() != null;
        StringBuilder sql = new StringBuilder("""
                SELECT a.id, a.question, a.status, a.review_state, a.published, left(coalesce(a.reviewed_answer, a.answer), ?1),
                       a.created_at, a.reviewed_by, a.stale_reason""");
        sql.append(byFeedback ? ", fb.negative, fb.positive" : ", NULL, NULL").append(" FROM answer a");
        if (byFeedback) {
            sql.append(' ').append("""
                    JOIN (SELECT answer_id, count(*) FILTER (WHERE NOT helpful) AS negative,
                                 count(*) FILTER (WHERE helpful) AS positive
                          FROM feedback GROUP BY answer_id) fb ON fb.answer_id = a.id""");
        }
        sql.append(" WHERE a.review_state IS NOT NULL");
        List<Object> params = new ArrayList<>();
        params.add(EXCERPT_CHARS);
        if (filter.state() != null) {
            params.add(filter.state());
            sql.append(" AND a.review_state = ?").append(params.size());
        }
        if (filter.outcome() != null) {
            params.add(filter.outcome());
            sql.append(" AND a.status = ?").append(params.size());
        }
        if (filter.search() != null) {
            params.add(filter.search());
            sql.append(" AND a.search_text @@ websearch_to_tsquery('english', ?").append(params.size()).append(')');
        }
        if (QueueFilter.NEGATIVE.equals(filter.feedback())) {
            sql.append(" AND fb.negative > 0");
        } else if (QueueFilter.POSITIVE.equals(filter.feedback())) {
            sql.append(" AND fb.positive > 0 AND fb.negative = 0");
        }
        sql.append(byFeedback ? " ORDER BY fb.negative DESC, a.created_at DESC, a.id" : " ORDER BY a.created_at DESC, a.id");
        int size = config.pageSize();
        params.add(size + 1);
        sql.append(" LIMIT ?").append(params.size());
        // long: a page number of tens of millions must give an empty page, not an overflowed, negative offset.
        params.add((long) (filter.page() - 1) * size);
        sql.append(" OFFSET ?").append(params.size());

        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<QueueRow> page = rows.stream().limit(size).map(ReviewQueue::row).toList();
        return new QueuePage(filter, page, rows.size() > size, stateCounts());
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

    private static QueueRow row(Object[] r) {
        return new QueueRow((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (Boolean) r[4], (String) r[5],
                Dates.instant(r[6]), (String) r[7], (String) r[8],
                r[9] == null ? null : ((Number) r[9]).longValue(), r[10] == null ? null : ((Number) r[10]).longValue());
    }
}
