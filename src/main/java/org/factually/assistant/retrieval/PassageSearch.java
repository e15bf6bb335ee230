package org.factually.assistant.retrieval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.factually.assistant.common.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.factually.assistant.common.Vectors;
import org.factually.assistant.articles.PassageKind;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/** Hybrid search in PostgreSQL: HNSW nearest neighbours and full-text matches, fused by reciprocal rank. */
@ApplicationScoped
public class PassageSearch {

    // Each branch orders by its own index expression with a LIMIT so that PostgreSQL uses the HNSW and GIN indexes;
    // the query vector must be the bound parameter itself (not a CTE column), or the HNSW index is not used.
    // The full-text branch weighs each matched stem by its rarity (ts_rank would let frequent words like "ICE" dominate).
    // Each passage comes with its sentences' offsets and similarities to the question, computed where the vectors are.
    private static final String HYBRID = """
            WITH vec AS (
                SELECT id, row_number() OVER (ORDER BY distance) AS rnk
                FROM (SELECT p.id, p.embedding <=> CAST(?1 AS vector) AS distance FROM passage p
                      ORDER BY p.embedding <=> CAST(?1 AS vector) LIMIT ?3) nearest),
            txt AS (
                SELECT id, row_number() OVER (ORDER BY weight DESC, id) AS rnk
                FROM (SELECT p.id, sum(CAST(t.value AS float8)) AS weight
                      FROM jsonb_each_text(CAST(?2 AS jsonb)) t
                      JOIN passage p ON p.terms @@ CAST(quote_literal(t.key) AS tsquery)
                      GROUP BY p.id ORDER BY weight DESC, p.id LIMIT ?3) matches),
            fused AS (
                SELECT coalesce(vec.id, txt.id) AS id, vec.rnk AS vrank, txt.rnk AS trank,
                       coalesce(1.0 / (?4 + vec.rnk), 0) + coalesce(1.0 / (?4 + txt.rnk), 0) AS rrf
                FROM vec FULL OUTER JOIN txt ON vec.id = txt.id)
            SELECT p.id, p.article_id, a.title, a.checked_on, p.position, p.kind, p.section, p.text,
                   p.start_offset, p.end_offset, 1 - (p.embedding <=> CAST(?1 AS vector)) AS similarity, f.vrank, f.trank, f.rrf,
                   (SELECT CAST(coalesce(jsonb_agg(jsonb_build_array(s.start_offset, s.end_offset,
                                                   1 - (s.embedding <=> CAST(?1 AS vector))) ORDER BY s.ordinal), '[]') AS text)
                    FROM passage_sentence s WHERE s.passage_id = p.id) AS sentences
            FROM fused f JOIN passage p ON p.id = f.id JOIN article a ON a.id = p.article_id
            ORDER BY f.rrf DESC, similarity DESC
            LIMIT ?5""";

    private static final String NEAREST_ARTICLES = """
            SELECT DISTINCT article_id FROM (SELECT p.article_id FROM passage p
                                             ORDER BY p.embedding <=> CAST(?1 AS vector) LIMIT ?2) nearest""";

    private final EntityManager em;
    private final ObjectMapper json;

    public PassageSearch(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
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
        return rows.stream().map(this::hit).toList();
    }

    /** The articles of the passages nearest a question: the neighbourhood its word statistics are counted in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<String> nearestArticles(float[] questionVector, int passages) {
        return em.createNativeQuery(NEAREST_ARTICLES)
                .setParameter(1, Vectors.literal(questionVector))
                .setParameter(2, passages)
                .getResultList();
    }

    private PassageHit hit(Object[] r) {
        return new PassageHit(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                Dates.localDate(r[3]), ((Number) r[4]).intValue(), PassageKind.valueOf((String) r[5]),
                (String) r[6], (String) r[7], ((Number) r[8]).intValue(), ((Number) r[9]).intValue(),
                ((Number) r[10]).doubleValue(), r[11] == null ? null : ((Number) r[11]).intValue(),
                r[12] == null ? null : ((Number) r[12]).intValue(), ((Number) r[13]).doubleValue(), sentences((String) r[14]));
    }

    private List<PassageHit.SentenceHit> sentences(String rows) {
        try {
            List<PassageHit.SentenceHit> out = new ArrayList<>();
            for (JsonNode row : json.readTree(rows)) {
                out.add(new PassageHit.SentenceHit(row.get(0).intValue(), row.get(1).intValue(), row.get(2).doubleValue()));
            }
            return List.copyOf(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL's jsonb_agg always returns JSON", e);
        }
    }
}
