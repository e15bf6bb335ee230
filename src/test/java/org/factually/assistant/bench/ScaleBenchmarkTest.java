package org.factually.assistant.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the passage index behaves past one corpus: the passages table grown to 250,000 and 1,000,000 rows from real
 * BBC passage vectors (those of a database where {@code scripts/bench-peer.sh} ingested them) and perturbed copies
 * of them, with {@code vector} and with {@code halfvec}. For each: HNSW build time, index and table size, and the
 * nearest-neighbour probe's p50/p95 and recall@10 (against an exact scan) for the real evaluation questions,
 * embedded with the service's model. Run by hand (long: see README):
 * {@code ./mvnw -B test -Pbench -Dtest=ScaleBenchmarkTest [-Dscale.sizes=250000,1000000]
 * [-Dscale.source-url=jdbc:postgresql://localhost:5432/factcheck_speed] [-Dscale.jdbc-url=...factcheck_bench]}.
 */
@Tag("benchmark")
class ScaleBenchmarkTest {

    private static final String USER = System.getProperty("scale.user", "factcheck");
    private static final String PASSWORD = System.getProperty("scale.password", "factcheck");
    private static final String SOURCE = System.getProperty("scale.source-url", "jdbc:postgresql://localhost:5432/factcheck_speed");
    private static final String TARGET = System.getProperty("scale.jdbc-url", "jdbc:postgresql://localhost:5432/factcheck_bench");
    private static final String SIZES = System.getProperty("scale.sizes", "250000,1000000");
    // One parallel worker beside the leader: the two cores of this machine.
    private static final int BUILD_WORKERS = Integer.getInteger("scale.build-workers", 1);
    private static final String BUILD_MEMORY = System.getProperty("scale.build-memory", "8GB");
    private static final int DIMENSION = 384;
    // The spread of each perturbed copy around its passage: cosine similarity about 0.9 to the original, so that
    // copies are neighbours of it but not duplicates.
    private static final double NOISE = 0.015;
    private static final int K = 10;
    private static final int RECALL_QUERIES = 30;
    private static final int WARM_UP = 50;
    private static final List<Path> QUESTIONS = List.of(Path.of("../shared/eval/dev-questions.jsonl"),
            Path.of("../shared/eval/claim-questions.jsonl"));

    @Test
    void indexBuildAndProbeAtEachSize() throws Exception {
        List<float[]> base = baseVectors();
        List<float[]> questions = questionVectors();
        assertThat(base).isNotEmpty();
        System.out.printf(Locale.ROOT, "SCALE base passages %d, questions %d, build workers %d, maintenance_work_mem %s%n",
                base.size(), questions.size(), BUILD_WORKERS, BUILD_MEMORY);
        System.out.println("SCALE | rows | type | fill s | HNSW build s | index MB | table MB | probe p50 ms | probe p95 ms | recall@10 |");
        try (Connection c = DriverManager.getConnection(TARGET, USER, PASSWORD)) {
            for (String size : SIZES.split(",")) {
                int rows = Integer.parseInt(size.strip());
                long filled = fill(c, base, rows);
                for (String type : List.of("vector", "halfvec")) {
                    measure(c, type, rows, filled, questions);
                }
            }
            execute(c, "DROP TABLE IF EXISTS scale_vector, scale_halfvec");
        }
    }

    private void measure(Connection c, String type, int rows, long fillMillis, List<float[]> questions) throws SQLException {
        String table = "scale_" + type;
        if (type.equals("halfvec")) {
            execute(c, "DROP TABLE IF EXISTS scale_halfvec");
            execute(c, "CREATE TABLE scale_halfvec AS SELECT id, CAST(embedding AS halfvec(" + DIMENSION + ")) AS embedding FROM scale_vector");
        }
        execute(c, "SET maintenance_work_mem = '" + BUILD_MEMORY + "'");
        execute(c, "SET max_parallel_maintenance_workers = " + BUILD_WORKERS);
        long t0 = System.nanoTime();
        execute(c, "CREATE INDEX " + table + "_hnsw ON " + table + " USING hnsw (embedding " + type + "_cosine_ops)");
        long buildMillis = (System.nanoTime() - t0) / 1_000_000;
        execute(c, "VACUUM ANALYZE " + table);
        double indexMb = size(c, "pg_relation_size('" + table + "_hnsw')");
        double tableMb = size(c, "pg_table_size('" + table + "')");

        String probe = "SELECT id FROM " + table + " ORDER BY embedding <=> CAST(? AS " + type + ") LIMIT " + K;
        List<Double> millis = new ArrayList<>();
        List<Set<Long>> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(probe)) {
            for (int i = 0; i < WARM_UP; i++) {
                ids(s, questions.get(i % questions.size()));
            }
            for (float[] q : questions) {
                long q0 = System.nanoTime();
                found.add(ids(s, q));
                millis.add((System.nanoTime() - q0) / 1e6);
            }
        }
        double recall = 0;
        // The same query planned with the index off is an exact scan: the true nearest neighbours.
        execute(c, "SET enable_indexscan = off");
        try (PreparedStatement exact = c.prepareStatement(probe)) {
            for (int i = 0; i < RECALL_QUERIES; i++) {
                Set<Long> truth = ids(exact, questions.get(i));
                Set<Long> hit = new HashSet<>(found.get(i));
                hit.retainAll(truth);
                recall += (double) hit.size() / truth.size();
            }
        } finally {
            execute(c, "SET enable_indexscan = on");
        }
        millis.sort(Double::compare);
        System.out.printf(Locale.ROOT, "SCALE | %,d | %s | %.0f | %.0f | %.0f | %.0f | %.2f | %.2f | %.3f |%n", rows, type,
                fillMillis / 1000.0, buildMillis / 1000.0, indexMb, tableMb, percentile(millis, 0.50), percentile(millis, 0.95),
                recall / RECALL_QUERIES);
    }

    private static Set<Long> ids(PreparedStatement s, float[] q) throws SQLException {
        s.setString(1, Arrays.toString(q).replace(" ", ""));
        Set<Long> ids = new HashSet<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    /** The real passages first, then perturbed copies of them, written with one binary COPY. */
    private static long fill(Connection c, List<float[]> base, int rows) throws SQLException, IOException {
        long t0 = System.nanoTime();
        execute(c, "DROP TABLE IF EXISTS scale_vector, scale_halfvec");
        execute(c, "CREATE TABLE scale_vector (id bigint NOT NULL, embedding vector(" + DIMENSION + ") NOT NULL)");
        Random random = new Random(rows);
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY scale_vector (id, embedding) FROM STDIN (FORMAT binary)");
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(buffer);
            out.writeBytes("PGCOPY\n\377\r\n\0");
            out.writeInt(0);
            out.writeInt(0);
            for (int id = 0; id < rows; id++) {
                float[] v = base.get(id % base.size());
                out.writeShort(2);
                out.writeInt(Long.BYTES);
                out.writeLong(id);
                out.writeInt(2 * Short.BYTES + DIMENSION * Float.BYTES);
                out.writeShort(DIMENSION);
                out.writeShort(0);
                for (float x : id < base.size() ? v : perturbed(v, random)) {
                    out.writeFloat(x);
                }
                if (buffer.size() > 1 << 20) {
                    copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                    buffer.reset();
                }
            }
            out.writeShort(-1);
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static float[] perturbed(float[] v, Random random) {
        float[] p = new float[v.length];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            p[i] = (float) (v[i] + random.nextGaussian() * NOISE);
            norm += p[i] * p[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < p.length; i++) {
            p[i] *= scale;
        }
        return p;
    }

    private static List<float[]> baseVectors() throws SQLException {
        List<float[]> vectors = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(SOURCE, USER, PASSWORD); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT CAST(embedding AS text) FROM passage WHERE article_id LIKE 'bbc-%' ORDER BY id")) {
            while (r.next()) {
                vectors.add(parse(r.getString(1)));
            }
        }
        return vectors;
    }

    private static float[] parse(String literal) {
        String[] parts = literal.substring(1, literal.length() - 1).split(",");
        float[] v = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = Float.parseFloat(parts[i]);
        }
        return v;
    }

    /** The evaluation questions, embedded as the service embeds a question (with the model's query instruction). */
    private static List<float[]> questionVectors() throws IOException {
        ObjectMapper json = new ObjectMapper();
        String instruction = System.getProperty("scale.query-instruction", "Represent this sentence for searching relevant passages: ");
        List<TextSegment> texts = new ArrayList<>();
        for (Path file : QUESTIONS) {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    texts.add(TextSegment.from(instruction + json.readTree(line).get("question").asText()));
                }
            }
        }
        return new BgeSmallEnV15QuantizedEmbeddingModel().embedAll(texts).content().stream().map(e -> e.vector()).toList();
    }

    private static double size(Connection c, String expression) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT " + expression)) {
            r.next();
            return r.getLong(1) / (1024.0 * 1024.0);
        }
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
