package org.factually.assistant.answering;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.factually.assistant.common.GroupCommit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes repeats ({@link AnswerRecorder#recordRepeat}) by copying the stored answer each one repeats, on a thread of
 * its own ({@link GroupCommit}): the repeats asked while one statement runs are written together by the next, in one
 * statement and one commit. A lone repeat waits for nothing. In a burst of one question this saves a statement, a commit
 * and a transaction of the service per repeat; the rows written stay one per asking.
 * <p>
 * The statement runs outside any transaction of the caller, in autocommit: a repeat is recorded once written, even if
 * the request it answers fails afterwards, as before.
 */
@ApplicationScoped
class RepeatWriter {

    /**
     * A repeat's own columns from the batch, the rest from the stored answer it repeats, as stored: the scores are not
     * compressed again, and the search vector of the answer's text is not computed again (migration V19_1). A row is
     * copied only while the articles and reviews are at the generation its decision was made at; the statement returns
     * the current generation and the ids copied, and commits without waiting for the disk (see {@link DecisionCache#begin}).
     */
    private static final String COPY = """
            WITH at_generation AS (SELECT set_config('synchronous_commit', 'off', true), generation FROM answer_generation),
            copied AS (
                INSERT INTO answer (id, question, normalized_question, status, answer, citations, suggestions, scores,
                                    retrieval_ms, total_ms, created_at, question_embedding, review_state, published,
                                    served_from, reviewed_at, reviewed_kind, claim_review, review_version, repeats,
                                    answer_search, asked_with_key)
                SELECT r.id, r.question, r.normalized_question, s.status, s.answer, s.citations, s.suggestions, s.scores, 0,
                       r.total_ms, r.created_at, s.question_embedding, r.review_state, false, r.served_from, r.reviewed_at,
                       r.reviewed_kind, s.claim_review, 0, s.id, s.answer_search, r.asked_with_key
                FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS integer[]),
                            CAST(? AS timestamptz[]), CAST(? AS text[]), CAST(? AS uuid[]), CAST(? AS timestamptz[]),
                            CAST(? AS text[]), CAST(? AS bigint[]), CAST(? AS uuid[]), CAST(? AS bigint[]))
                         AS r(id, question, normalized_question, total_ms, created_at, review_state, served_from,
                              reviewed_at, reviewed_kind, asked_with_key, repeats, generation)
                JOIN answer s ON s.id = r.repeats
                JOIN at_generation c ON c.generation = r.generation
                RETURNING id)
            SELECT c.generation, ARRAY(SELECT id FROM copied) FROM at_generation c""";

    private static final String BATCH_METRIC = "assistant.answers.repeat.batch";

    /** A repeat's own columns, the answer it repeats and the generation its decision was made at. */
    record Row(UUID id, String question, String normalizedQuestion, int totalMs, Instant createdAt, String reviewState,
               UUID servedFrom, Instant reviewedAt, String reviewedKind, Long askedWithKey, UUID repeats, long generation) {
    }

    /** The database's generation when the row's batch was written, and whether the row was copied. */
    record Written(long generation, boolean copied) {
    }

    private final AgroalDataSource dataSource;
    private final DecisionCacheConfig config;
    private final DistributionSummary batchSizes;
    private final GroupCommit<Row, Written> writer;

    RepeatWriter(AgroalDataSource dataSource, DecisionCacheConfig config, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.config = config;
        this.batchSizes = DistributionSummary.builder(BATCH_METRIC)
                .description("Repeats written by one statement of the repeat writer").register(registry);
        this.writer = new GroupCommit<>("repeat-writer", config.repeatBatch(), this::writeBatch);
    }

    void start(@Observes StartupEvent event) {
        if (config.enabled()) {
            writer.start();
        }
    }

    /** Writes what is queued, then stops; a repeat asked after this is written on its caller's thread. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        writer.stop();
    }

    /** Writes the repeat, with those asked meanwhile, and returns once it is committed. */
    Written write(Row row) {
        return writer.submit(row);
    }

    private List<Written> writeBatch(List<Row> batch) {
        try (Connection c = dataSource.getConnection(); PreparedStatement copy = c.prepareStatement(COPY)) {
            copy.setArray(1, c.createArrayOf("uuid", column(batch, Row::id)));
            copy.setArray(2, c.createArrayOf("text", column(batch, Row::question)));
            copy.setArray(3, c.createArrayOf("text", column(batch, Row::normalizedQuestion)));
            copy.setArray(4, c.createArrayOf("int4", column(batch, Row::totalMs)));
            copy.setArray(5, c.createArrayOf("text", column(batch, r -> r.createdAt().toString())));
            copy.setArray(6, c.createArrayOf("text", column(batch, Row::reviewState)));
            copy.setArray(7, c.createArrayOf("uuid", column(batch, Row::servedFrom)));
            copy.setArray(8, c.createArrayOf("text", column(batch, r -> r.reviewedAt() == null ? null : r.reviewedAt().toString())));
            copy.setArray(9, c.createArrayOf("text", column(batch, Row::reviewedKind)));
            copy.setArray(10, c.createArrayOf("int8", column(batch, Row::askedWithKey)));
            copy.setArray(11, c.createArrayOf("uuid", column(batch, Row::repeats)));
            copy.setArray(12, c.createArrayOf("int8", column(batch, Row::generation)));
            long generation;
            Set<UUID> copied;
            try (ResultSet result = copy.executeQuery()) {
                result.next();
                generation = result.getLong(1);
                copied = new HashSet<>(Arrays.asList((UUID[]) result.getArray(2).getArray()));
            }
            batchSizes.record(batch.size());
            return batch.stream().map(row -> new Written(generation, copied.contains(row.id()))).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("the repeats could not be recorded", e);
        }
    }

    private static Object[] column(List<Row> batch, Function<Row, Object> value) {
        return batch.stream().map(value).toArray();
    }
}
