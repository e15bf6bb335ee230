package org.factually.assistant.answering;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.factually.assistant.PartnerApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question asked again, with no change to articles or reviews in between, repeats the decision made for it,
 * recorded as an answer of its own; any committed change, from any connection, ends that.
 */
@QuarkusTest
class DecisionCacheTest {

    private static final String QUESTION = "Which counties in New Hampshire have signed up for 287(g)?";
    // What the issue asks of two instances on one database.
    private static final Duration ACROSS_INSTANCES = Duration.ofSeconds(2);
    private static final String REPEAT_BATCHES = "assistant.answers.repeat.batch";
    // As many clients as issue 12's burst.
    private static final int CONCURRENT = 16;
    // Ample for sixteen local requests to reach the writer's queue.
    private static final Duration QUEUEING = Duration.ofSeconds(1);

    @Inject
    DecisionCache cache;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    EntityManager em;
    @Inject
    MeterRegistry registry;

    @BeforeEach
    void noDecisionKeptFromAnotherTest() {
        cache.invalidateAll();
    }

    @Test
    void aRepeatedQuestionIsAnsweredFromTheCacheAndRecordedAsItsOwnAnswer() {
        JsonPath first = PartnerApi.ask(QUESTION);
        JsonPath again = PartnerApi.ask(QUESTION.toLowerCase());

        assertThat(again.getString("id")).isNotEqualTo(first.getString("id"));
        assertThat(again.getString("answer")).isEqualTo(first.getString("answer"));
        assertThat(again.getString("question")).isEqualTo(QUESTION.toLowerCase());
        assertThat(repeats(again.getString("id"))).isEqualTo(first.getString("id"));
    }

    @Test
    void aRepeatStoresTheSameAnswerCitationsAndVectorAsTheAnswerItRepeats() throws SQLException {
        JsonPath first = PartnerApi.ask(QUESTION);
        JsonPath again = PartnerApi.ask(QUESTION);

        assertThat(first.getList("citations")).isNotEmpty();
        assertThat(again.getList("citations")).isEqualTo(first.getList("citations"));
        assertThat(storedAlike(first.getString("id"), again.getString("id"))).isTrue();
    }

    @Test
    void aRepeatInOtherSpellingIsSearchedByTheWordsOfItsOwnQuestion() throws SQLException {
        PartnerApi.ask(QUESTION);
        String again = PartnerApi.ask(QUESTION.toUpperCase()).getString("id");

        assertThat(repeats(again)).isNotNull();
        assertThat(searchVectorAsComputedFromItsTexts(again)).isTrue();
    }

    @Test
    void aRepeatOfAnAnswerNotYetCommittedIsStoredInFullFromTheCachedDecision() throws SQLException {
        PartnerApi.ask(QUESTION);
        String normalized = QuestionText.normalize(QUESTION);
        CachedDecision decided = cache.get(normalized).orElseThrow();
        // As when the first asking's transaction has not committed yet: the decision is cached, its answer not visible.
        UUID notCommitted = UUID.randomUUID();
        cache.put(normalized, new CachedDecision(decided.generation(), notCommitted, decided.status(), decided.answer(),
                decided.citations(), decided.suggestions(), decided.servedFrom(), decided.reviewedAt(), decided.reviewState(),
                decided.reviewedKind(), decided.claimReview(), decided.questionEmbedding(), decided.scores()));

        String again = PartnerApi.ask(QUESTION).getString("id");

        assertThat(repeats(again)).isEqualTo(notCommitted.toString());
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.find(AnswerRecord.class, UUID.fromString(again)).citations))
                .isEqualTo(decided.citations());
    }

    @Test
    void aRepeatKeepsTheQuestionExactlyAsAskedWhateverItsPunctuation() throws SQLException {
        PartnerApi.ask(QUESTION);
        // Characters that mean something inside a PostgreSQL array literal, which carries a batch of repeats.
        String asked = "Which counties in \"New Hampshire\" have signed up for {287(g)}, \\?";

        String again = PartnerApi.ask(asked).getString("id");

        assertThat(repeats(again)).isNotNull();
        assertThat(storedQuestion(again)).isEqualTo(asked);
    }

    @Test
    void repeatsAskedWhileOneIsWrittenAreWrittenTogetherEachAsAnAnswerOfItsOwn() throws Exception {
        String first = PartnerApi.ask(QUESTION).getString("id");
        DistributionSummary batches = registry.get(REPEAT_BATCHES).summary();
        long statementsBefore = batches.count();
        double rowsBefore = batches.totalAmount();
        List<String> ids = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT);
        try (Connection blocker = dataSource.getConnection(); Statement lock = blocker.createStatement()) {
            // Inserts into answer wait while this lock is held: the first repeat's statement waits, the rest queue.
            blocker.setAutoCommit(false);
            lock.execute("LOCK TABLE answer IN SHARE MODE");
            List<Future<String>> asked = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                asked.add(clients.submit(() -> PartnerApi.ask(QUESTION).getString("id")));
            }
            Thread.sleep(QUEUEING.toMillis());
            blocker.rollback();
            for (Future<String> answer : asked) {
                ids.add(answer.get());
            }
        } finally {
            clients.shutdown();
        }

        assertThat(ids).doesNotHaveDuplicates();
        for (String id : ids) {
            assertThat(repeats(id)).isEqualTo(first);
        }
        assertThat(batches.totalAmount() - rowsBefore).isEqualTo(CONCURRENT);
        assertThat(batches.count() - statementsBefore).isLessThan(CONCURRENT);
    }

    @Test
    void aChangeCommittedOnAnotherConnectionDropsTheCachedDecisionsWithinTwoSeconds() throws Exception {
        PartnerApi.ask(QUESTION);
        assertThat(cache.size()).isPositive();

        // As another instance would: a statement on the articles, here one that changes no row, still fires the trigger.
        execute("UPDATE article SET title = title WHERE id = 'no-such-article'");

        long deadline = System.nanoTime() + ACROSS_INSTANCES.toNanos();
        while (cache.size() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(cache.size()).isZero();
        assertThat(repeats(PartnerApi.ask(QUESTION).getString("id"))).isNull();
    }

    @Test
    void aQuestionDecidedAgainAfterAChangeIsRepeatedFromItsNewDecision() throws Exception {
        PartnerApi.ask(QUESTION);
        execute("UPDATE answer_generation SET generation = generation + 1");
        String decidedAgain = PartnerApi.ask(QUESTION).getString("id");

        assertThat(repeats(PartnerApi.ask(QUESTION).getString("id"))).isEqualTo(decidedAgain);
        assertThat(cache.get(QuestionText.normalize(QUESTION)).orElseThrow().generation()).isEqualTo(generation());
    }

    @Test
    void aDecisionFromBeforeACommittedChangeIsNeverRepeatedEvenBeforeTheNotificationArrives() throws Exception {
        PartnerApi.ask(QUESTION);
        // The generation moves without a notification: only the check made with each answer can notice.
        execute("UPDATE answer_generation SET generation = generation + 1");

        assertThat(repeats(PartnerApi.ask(QUESTION).getString("id"))).isNull();
    }

    /** The id of the answer this one repeats; null for an answer decided afresh. */
    private String repeats(String answerId) {
        UUID repeats = QuarkusTransaction.requiringNew().call(() -> em.find(AnswerRecord.class, UUID.fromString(answerId)).repeats);
        return repeats == null ? null : repeats.toString();
    }

    private String storedQuestion(String answerId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
                "SELECT question FROM answer WHERE id = ?::uuid")) {
            query.setString(1, answerId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** Whether two stored answers hold the same status, text, citations, suggestions, vector, claim review and scores. */
    private boolean storedAlike(String one, String other) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement("""
                SELECT a.status = b.status AND a.answer = b.answer AND a.citations = b.citations
                       AND a.suggestions = b.suggestions AND a.question_embedding = b.question_embedding
                       AND a.claim_review IS NOT DISTINCT FROM b.claim_review AND a.scores = b.scores
                FROM answer a, answer b WHERE a.id = ?::uuid AND b.id = ?::uuid""")) {
            query.setString(1, one);
            query.setString(2, other);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    /** Whether an answer's stored search vector is the one its question and answer text give. */
    private boolean searchVectorAsComputedFromItsTexts(String answerId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement("""
                SELECT search_text = to_tsvector('english', question) || to_tsvector('english', coalesce(answer, ''))
                                     || to_tsvector('english', coalesce(reviewed_answer, ''))
                FROM answer WHERE id = ?::uuid""")) {
            query.setString(1, answerId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private long generation() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement query = c.createStatement();
             ResultSet row = query.executeQuery("SELECT generation FROM answer_generation")) {
            row.next();
            return row.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            statement.execute(sql);
        }
    }
}
