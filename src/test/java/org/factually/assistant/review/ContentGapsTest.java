package org.factually.assistant.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.factually.assistant.PartnerApi;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.factually.assistant.Newsroom;
import org.factually.assistant.answering.AnswerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content-gaps report: unanswered and disliked questions grouped into topics, exported as CSV.
 * Disliked answers come from the {@code feedback} table of the reader pages (V2__reader_feedback.sql).
 */
@QuarkusTest
class ContentGapsTest {

    @Inject
    ContentGaps gaps;
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

    private GapTopic topicOf(String question) {
        List<GapTopic> topics = QuarkusTransaction.requiringNew().call(gaps::topics);
        return topics.stream().filter(t -> t.examples().stream().anyMatch(e -> e.question().equals(question)))
                .findFirst().orElseThrow(() -> new AssertionError("no topic holds " + question));
    }

    @Test
    void unansweredQuestionsAreGroupedIntoTopicsWithCountsAndDates() {
        ask("How do I brew kombucha at home?");
        ask("How do I brew kombucha at home?");
        ask("How to brew kombucha tea at home?");
        ask("What is the capital of Mongolia?");

        GapTopic kombucha = topicOf("How to brew kombucha tea at home?");
        assertThat(kombucha.label()).isEqualTo("How do I brew kombucha at home?");
        assertThat(kombucha.asked()).isEqualTo(3);
        assertThat(kombucha.unknown()).isEqualTo(3);
        assertThat(kombucha.firstAsked()).isBefore(kombucha.lastAsked());
        assertThat(kombucha.examples()).extracting(GapTopic.Example::question).doesNotContain("What is the capital of Mongolia?");
        assertThat(topicOf("What is the capital of Mongolia?").asked()).isEqualTo(1);
    }

    @Test
    void answersReadersDislikedAreGapsToo() {
        String question = "Which Massachusetts city passed a resolution against 287(g)?";
        String id = ask(question);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "INSERT INTO feedback (answer_id, helpful, reason, created_at) VALUES (?1, false, 'outdated', now())")
                .setParameter(1, UUID.fromString(id)).executeUpdate());
        GapTopic topic = topicOf(question);
        assertThat(topic.negativeFeedback()).isEqualTo(1);
        assertThat(topic.unknown()).isZero();
    }

    @Test
    void aQuestionTheNewsroomHasSinceAnsweredLeavesTheList() {
        String question = "What share of Texas counties have a 287(g) agreement with ICE today?";
        String id = ask(question);
        assertThat(editor.given().get("/editor/gaps").asString()).contains(question);
        String passage = given().spec(PartnerApi.withKey()).queryParam("q", "287(g) partnerships September 2025").get("/api/v1/passages")
                .then().statusCode(200).extract().path("[0].passageId").toString();
        editor.decide(id, "correct",
                Map.of("text", "The articles give national totals, not a Texas share. [1]", "passages", passage))
                .then().statusCode(303);
        assertThat(editor.given().get("/editor/gaps").asString()).doesNotContain(question);
    }

    @Test
    void anIDontKnowTheNewsroomApprovedLeavesTheList() {
        String question = "What is the boiling point of mercury at sea level?";
        String id = ask(question);
        assertThat(editor.given().get("/editor/gaps").asString()).contains(question);

        editor.decide(id, "approve").then().statusCode(303);

        assertThat(editor.given().get("/editor/gaps").asString()).doesNotContain(question);
    }

    @Test
    void theCsvExportEscapesCellsAndDefusesFormulas() {
        ask("=HYPERLINK(\"http://example.com\",\"click\") and, also, sourdough?");
        Response csv = editor.given().get("/editor/gaps.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment");
        String body = csv.asString();
        assertThat(body).startsWith("topic,asked,unknown,negative_feedback,first_asked,last_asked,questions\r\n");
        assertThat(body).contains("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"click\"\") and, also, sourdough?\"");
    }

    @Test
    void aCellIsQuotedOnlyWhenItMustBe() {
        assertThat(GapsCsv.cell("plain question")).isEqualTo("plain question");
        assertThat(GapsCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(GapsCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(GapsCsv.cell("+1 more")).isEqualTo("'+1 more");
        assertThat(GapsCsv.cell("@admin")).isEqualTo("'@admin");
        assertThat(GapsCsv.cell("-5")).isEqualTo("'-5");
        assertThat(GapsCsv.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
    }
}
