package org.factually.assistant.retrieval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.postgresql.util.PGobject;
import org.factually.assistant.articles.PassageKind;
import org.factually.assistant.common.DatabaseOutages;
import org.factually.assistant.common.Dates;
import org.factually.assistant.common.Vectors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Hybrid search in PostgreSQL: HNSW nearest neighbours and full-text matches, fused by reciprocal rank. Runs on the
 * read replica (datasource {@code replica}) when one is configured and has replayed the answer generation the
 * question was read at; otherwise on the primary.
 */
@ApplicationScoped
@Startup // so that the search counters are at /q/metrics from the start, at zero
public class PassageSearch {

    // The nearest passages, read once per question: they give the neighbourhood its word rarities are counted in
    // (TermStatistics.around) and the vector branch of the hybrid search. The query vector must be the bound parameter
    // itself (not a CTE column), or the HNSW index is not used; it is bound typed (Vectors.parameter), so that no plan
    // parses it again per row.
    private static final String NEAREST = """
            SELECT p.id, p.article_id FROM passage p ORDER BY p.embedding <=> CAST(? AS vector) LIMIT ?""";

    // The vector branch is the nearest passages in their order; the full-text branch orders by its weight with a LIMIT
    // so that PostgreSQL uses the GIN index, and weighs each matched stem by its rarity (ts_rank would let frequent
    // words like "ICE" dominate). Each passage comes with its sentences' offsets and similarities to the question,
    // computed where the vectors are.
    // Parameters, in order: nearest ids, weighted stems, candidates, rrf k, rrf k, vector, vector, limit.
    private static final String HYBRID = """
            WITH vec AS (
                SELECT id, rnk FROM unnest(CAST(? AS bigint[])) WITH ORDINALITY AS nearest(id, rnk)),
            txt AS (
                SELECT id, row_number() OVER (ORDER BY weight DESC, id) AS rnk
                FROM (SELECT p.id, sum(CAST(t.value AS float8)) AS weight
                      FROM jsonb_each_text(CAST(? AS jsonb)) t
                      JOIN passage p ON p.terms @@ CAST(quote_literal(t.key) AS tsquery)
                      GROUP BY p.id ORDER BY weight DESC, p.id LIMIT ?) matches),
            fused AS (
                SELECT coalesce(vec.id, txt.id) AS id, vec.rnk AS vrank, txt.rnk AS trank,
                       coalesce(1.0 / (? + vec.rnk), 0) + coalesce(1.0 / (? + txt.rnk), 0) AS rrf
                FROM vec FULL OUTER JOIN txt ON vec.id = txt.id)
            SELECT p.id, p.article_id, a.title, a.checked_on, p.position, p.kind, p.section, p.text,
                   p.start_offset, p.end_offset, 1 - (p.embedding <=> CAST(? AS vector)) AS similarity, f.vrank, f.trank, f.rrf,
                   (SELECT CAST(coalesce(jsonb_agg(jsonb_build_array(s.start_offset, s.end_offset,
                                                   1 - (s.embedding <=> CAST(? AS vector))) ORDER BY s.ordinal), '[]') AS text)
                    FROM passage_sentence s WHERE s.passage_id = p.id) AS sentences
            FROM fused f JOIN passage p ON p.id = f.id JOIN article a ON a.id = p.article_id
            ORDER BY f.rrf DESC, similarity DESC
            LIMIT ?""";

    // Every change to articles or passages moves the generation in its own transaction (migration V11_1), and a
    // replica replays commits in order: at a generation at least the question's, it holds everything the primary did.
    private static final String REPLAYED = "SELECT generation FROM answer_generation";

    /** Where a search ran; counted as {@code assistant_retrieval_searches_total{on}}. */
    private enum Source { PRIMARY, REPLICA }

    /** The passages nearest a question, nearest first, their articles, and the database both searches read. */
    public record Nearest(List<Long> passageIds, Set<String> articleIds, boolean onReplica) {
    }

    private static final Logger LOG = Logger.getLogger(PassageSearch.class);

    private final AgroalDataSource primary;
    private final Optional<AgroalDataSource> replica;
    private final ObjectMapper json;
    private final Counter onPrimary;
    private final Counter onReplica;

    public PassageSearch(AgroalDataSource primary, @DataSource("replica") InjectableInstance<AgroalDataSource> replica,
                         ObjectMapper json, MeterRegistry registry) {
        this.primary = primary;
        this.replica = replica.listActive().stream().findFirst();
        this.json = json;
        this.onPrimary = counter(registry, Source.PRIMARY);
        this.onReplica = counter(registry, Source.REPLICA);
    }

    private static Counter counter(MeterRegistry registry, Source source) {
        return Counter.builder("assistant.retrieval.searches").description("Passage searches, by the database they ran on")
                .tag("on", source.name().toLowerCase(Locale.ROOT)).register(registry);
    }

    /**
     * The {@code candidates} passages nearest the question: on the replica only if it has replayed at least
     * {@code generation} (a read with no generation to agree with runs on the primary). A replica out of reach falls
     * back to the primary.
     */
    public Nearest nearest(float[] questionVector, int candidates, OptionalLong generation) {
        PGobject vector = Vectors.parameter(questionVector);
        if (replica.isPresent() && generation.isPresent()) {
            try (Connection c = replica.get().getConnection()) {
                if (replayed(c) >= generation.getAsLong()) {
                    return nearest(c, vector, candidates, true);
                }
            } catch (SQLException e) {
                LOG.warnf("read replica unavailable, searching the primary: %s", DatabaseOutages.reason(e));
            }
        }
        try (Connection c = primary.getConnection()) {
            return nearest(c, vector, candidates, false);
        } catch (SQLException e) {
            throw new IllegalStateException("the nearest passages could not be read", e);
        }
    }

    /** The passages found, best first, read where the nearest passages were (the primary if the replica fails now). */
    public List<PassageHit> search(float[] questionVector, Nearest nearest, String weightedStems, int candidates, int rrfK, int limit) {
        PGobject vector = Vectors.parameter(questionVector);
        if (nearest.onReplica()) {
            try (Connection c = replica.orElseThrow().getConnection()) {
                List<PassageHit> hits = run(c, nearest, vector, weightedStems, candidates, rrfK, limit);
                onReplica.increment();
                return hits;
            } catch (SQLException e) {
                LOG.warnf("read replica unavailable, searching the primary: %s", DatabaseOutages.reason(e));
            }
        }
        try (Connection c = primary.getConnection()) {
            List<PassageHit> hits = run(c, nearest, vector, weightedStems, candidates, rrfK, limit);
            onPrimary.increment();
            return hits;
        } catch (SQLException e) {
            throw new IllegalStateException("the passage search failed", e);
        }
    }

    // Runs with retrieval.hnsw-ef-search, set on every pooled connection (HnswSearchBreadth).
    private static Nearest nearest(Connection c, PGobject vector, int candidates, boolean onReplica) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(NEAREST)) {
            s.setObject(1, vector);
            s.setInt(2, candidates);
            List<Long> ids = new ArrayList<>();
            Set<String> articles = new LinkedHashSet<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                    articles.add(r.getString(2));
                }
            }
            return new Nearest(List.copyOf(ids), Collections.unmodifiableSet(articles), onReplica);
        }
    }

    private static long replayed(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(REPLAYED); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : Long.MIN_VALUE;
        }
    }

    private List<PassageHit> run(Connection c, Nearest nearest, PGobject vector, String weightedStems, int candidates, int rrfK,
                                 int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(HYBRID)) {
            s.setArray(1, c.createArrayOf("bigint", nearest.passageIds().toArray()));
            s.setString(2, weightedStems);
            s.setInt(3, candidates);
            s.setInt(4, rrfK);
            s.setInt(5, rrfK);
            s.setObject(6, vector);
            s.setObject(7, vector);
            s.setInt(8, limit);
            List<PassageHit> hits = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    hits.add(hit(r));
                }
            }
            return List.copyOf(hits);
        }
    }

    private PassageHit hit(ResultSet r) throws SQLException {
        return new PassageHit(r.getLong(1), r.getString(2), r.getString(3), Dates.localDate(r.getObject(4)),
                r.getInt(5), PassageKind.valueOf(r.getString(6)), r.getString(7), r.getString(8), r.getInt(9), r.getInt(10),
                r.getDouble(11), rank(r, 12), rank(r, 13),
                r.getDouble(14), sentences(r.getString(15)));
    }

    /** A passage's rank in one branch of the search, or null when that branch did not find it. */
    private static Integer rank(ResultSet r, int column) throws SQLException {
        long rank = r.getLong(column);
        return r.wasNull() ? null : Math.toIntExact(rank);
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
