package org.factually.assistant.retrieval;

import org.factually.assistant.common.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.factually.assistant.common.Vectors;
import org.factually.assistant.articles.PassageKind;

import java.sql.Date;
import java.util.List;

/** Hybrid search in PostgreSQL: HNSW nearest neighbours and full-text matches, fused by reciprocal rank. */
@ApplicationScoped
public class PassageSearch {

    // Each branch orders by its own index expression with a LIMIT so that PostgreSQL uses the HNSW and GIN indexes;
    // the query vector must be the bound parameter itself (not a CTE column), or the HNSW index is not used.
    // The full-text branch weighs each matched stem by its rarity (ts_rank would let frequent words like "ICE" dominate).
    private static final String HYBRID = """
            WITH vec AS (
                SELECT id, row_number() OVER (ORDER BY distance) AS rnk
                FROM (SELECT p.id, p.embedding <=> CAST(?1 AS vector) AS distance FROM passage p
                      ORDER BY p.embedding <=> CAST(?1 AS vector) LIMIT ?3) nearest),
            txt AS (
                SELECT id, row_number() OVER (ORDER BY weight DESC, id) AS rnk
                FROM (SELECT p.id, sum(CAST(t.value AS float8)) AS weight
                      FROM jsonb_each_text(CAST(?2 AS jsonb)) t
                      JOIN passage p ON p.search_text @@ CAST(quote_literal(t.key) AS tsquery)
                      GROUP BY p.id ORDER BY weight DESC, p.id LIMIT ?3) matches),
            fused AS (
                SELECT coalesce(vec.id, txt.id) AS id, vec.rnk AS vrank, txt.rnk AS trank,
                       coalesce(1.0 / (?4 + vec.rnk), 0) + coalesce(1.0 / (?4 + txt.rnk), 0) AS rrf
                FROM vec FULL OUTER JOIN txt ON vec.id = txt.id)
            SELECT p.id, p.article_id, a.title, a.checked_on, p.position, p.kind, p.section, p.text,
                   p.start_offset, p.end_offset, 1 - (p.embedding <=> CAST(?1 AS vector)) AS similarity, f.vrank, f.trank, f.rrf
            FROM fused f JOIN passage p ON p.id = f.id JOIN article a ON a.id = p.article_id
            ORDER BY f.rrf DESC, similarity DESC
            LIMIT ?5""";

    private final EntityManager em;

    public PassageSearch(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<PassageHit> search(float[] questionVector, String weightedStems, int candidates, int rrfK, int limit) {
        List<Object[]> rows = em.createNativeQuery(HYBRID)
                .setParameter(1, Vectors.literal(questionVector))
                .setParameter(2, weightedStems)
                .setParameter(3, candidates)
                .setParameter(4, rrfK)
                .setParameter(5, limit)
                .getResultList();
        return rows.stream().map(PassageSearch::hit).toList();
    }

    private static PassageHit hit(Object[] r) {
        return new PassageHit(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                Dates.localDate(r[3]), ((Number) r[4]).intValue(), PassageKind.valueOf((String) r[5]),
                (String) r[6], (String) r[7], ((Number) r[8]).intValue(), ((Number) r[9]).intValue(),
                ((Number) r[10]).doubleValue(), r[11] == null ? null : ((Number) r[11]).intValue(),
                r[12] == null ? null : ((Number) r[12]).intValue(), ((Number) r[13]).doubleValue());
    }
}
