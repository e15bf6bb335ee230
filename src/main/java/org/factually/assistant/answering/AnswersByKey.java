package org.factually.assistant.answering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.factually.assistant.common.Dates;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The answers given to each partner key per UTC day, counted from the answers' own rows (migration V21_1). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AnswersByKey {

    /** One key's answers on one UTC day. */
    public record Day(long keyId, LocalDate day, int questions, int unknownAnswers) {
    }

    private final EntityManager em;

    public AnswersByKey(EntityManager em) {
        this.em = em;
    }

    /** From the start of UTC day {@code from} on, of one key or (null) of all. */
    public List<Day> since(LocalDate from, Long keyId) {
        String oneKey = keyId == null ? "" : " AND asked_with_key = :key";
        var query = em.createNativeQuery("""
                SELECT asked_with_key, (created_at AT TIME ZONE 'UTC')::date, count(*), count(*) FILTER (WHERE status = :unknown)
                FROM answer WHERE asked_with_key IS NOT NULL AND created_at >= :from""" + oneKey + " GROUP BY 1, 2")
                .setParameter("unknown", AnswerReply.UNKNOWN)
                .setParameter("from", from.atStartOfDay().atOffset(ZoneOffset.UTC));
        if (keyId != null) {
            query.setParameter("key", keyId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Day(((Number) r[0]).longValue(), Dates.localDate(r[1]), ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue())).toList();
    }
}
