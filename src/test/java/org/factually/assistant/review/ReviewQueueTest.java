package org.factually.assistant.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.factually.assistant.PartnerApi;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.factually.assistant.Newsroom;
import org.factually.assistant.answering.AnswerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The review queue's filters: review state, outcome, reader feedback (negative first), text search, pages.
 * The feedback filter reads the {@code feedback} table of the reader pages (V2__reader_feedback.sql).
 */
@QuarkusTest
class ReviewQueueTest {

    @Inject
    EntityManager em;

    private Instant started;
    private Newsroom.Session editor;

    @BeforeEach
    void logIn() {
        started = Instant.now();
        Newsroom.ensureAccounts();
        editor = Newsroom.login(Newsroom.EDITOR);
    }

    @AfterEach
    void removeTheAnswersOfThisTest() {
        QuarkusTransaction.requiringNew().run(() -> AnswerRecord.delete("createdAt >= ?1", started));
    }

    private static String ask(String question) {
        return PartnerApi.ask(question).getString("id");
    }

    private String queue(Map<String, ?> filter) {
        return editor.given().queryParams(filter).get("/editor").then().statusCode(200).extract().asString();
    }

    private void feedback(String answerId, boolean helpful, int times) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < times; i++) {
                em.createNativeQuery("INSERT INTO feedback (answer_id, helpful, reason, created_at) VALUES (?1, ?2, ?3, now())")
                        .setParameter(1, UUID.fromString(answerId)).setParameter(2, helpful)
                        .setParameter(3, helpful ? null : "wrong").executeUpdate();
            }
        });
    }

    @Test
    void theQueueFiltersByReviewState() {
        String approved = ask("Which Massachusetts city passed a resolution against 287(g)?");
        String fresh = ask("How many partnerships did the 287(g) network have in September 2025?");
        editor.decide(approved, "approve");
        assertThat(queue(Map.of("state", "approved"))).contains(approved).doesNotContain(fresh);
        assertThat(queue(Map.of("state", "new"))).contains(fresh).doesNotContain(approved);
    }

    @Test
    void theQueueFiltersByOutcome() {
        String unknown = ask("What is the boiling point of mercury?");
        String answered = ask("Which Massachusetts city passed a resolution against 287(g)?");
        assertThat(queue(Map.of("outcome", "unknown"))).contains(unknown).doesNotContain(answered);
        assertThat(queue(Map.of("outcome", "answered"))).contains(answered).doesNotContain(unknown);
    }

    @Test
    void theFeedbackFilterListsTheMostDislikedAnswersFirst() {
        String once = ask("Which Massachusetts city passed a resolution against 287(g)?");
        String twice = ask("How many partnerships did the 287(g) network have in September 2025?");
        String liked = ask("What is ICE's Law Enforcement Assistance Corner?");
        feedback(once, false, 1);
        feedback(twice, false, 2);
        feedback(liked, true, 1);

        String negative = queue(Map.of("feedback", "negative"));
        assertThat(negative).contains(once, twice).doesNotContain(liked);
        assertThat(negative.indexOf(twice)).isLessThan(negative.indexOf(once));
        assertThat(queue(Map.of("feedback", "positive"))).contains(liked).doesNotContain(once, twice);
    }

    @Test
    void theQueueSearchesTheWordsOfQuestionsAndAnswers() {
        String worcester = ask("Which Massachusetts city passed a resolution against 287(g)?");
        String other = ask("What is the boiling point of mercury?");
        assertThat(queue(Map.of("q", "Worcester resolution"))).contains(worcester).doesNotContain(other);
    }

    @Test
    void theQueueSearchFindsACorrectedAnswerByTheEditorsWords() {
        JsonPath asked = PartnerApi.ask("How many partnerships did the 287(g) network have in September 2025?");
        String draft = asked.getString("id");
        long passage = asked.getLong("citations[0].passageId");
        editor.decide(draft, "correct", Map.of("text", "Reported partnerships passed one thousand, a milestone. [1]",
                "passages", String.valueOf(passage))).then().statusCode(303);

        assertThat(queue(Map.of("q", "milestone"))).contains(draft);
    }

    @Test
    void theQueueSearchFindsARepeatedAnswerByTheWordsOfItsAnswer() {
        String first = ask("Which Massachusetts city passed a resolution against 287(g)?");
        String repeat = ask("which massachusetts city passed a resolution against 287(g)");

        assertThat(queue(Map.of("q", "Worcester"))).contains(first, repeat);
    }

    @Test
    void theQueueIsPaged() {
        for (int i = 0; i < 51; i++) {
            ask("Paging question number " + i + " about nothing in the articles?");
        }
        String first = queue(Map.of("q", "paging question"));
        String second = queue(Map.of("q", "paging question", "page", 2));
        assertThat(first).contains("rel=\"next\"").contains("Paging question number 50 ");
        assertThat(second).contains("Paging question number 0 ").doesNotContain("rel=\"next\"").contains("rel=\"prev\"");
    }

    @Test
    void anUnknownFilterValueIsABadRequest() {
        editor.given().queryParam("state", "pending").get("/editor").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/invalid-filter"));
    }
}
