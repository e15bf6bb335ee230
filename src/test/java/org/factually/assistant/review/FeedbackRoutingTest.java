package org.factually.assistant.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.factually.assistant.Newsroom;
import org.factually.assistant.PartnerApi;
import org.factually.assistant.answering.AnswerRecord;
import org.factually.assistant.site.Html;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers' feedback reaches the answer it was given on and the published answer that answer was served from; the
 * queue shows reasons and comments and filters and orders by them; a negative verdict on a published answer
 * sends it back for review.
 */
@QuarkusTest
class FeedbackRoutingTest {

    private static final String QUESTION = "How many 287(g) partnerships did ICE report by September 2025?";
    private static final String COMMENT = "The count has changed since September.";

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

    private static AnswerRecord record(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AnswerRecord r = AnswerRecord.findById(UUID.fromString(id));
            AnswerRecord.getEntityManager().detach(r);
            return r;
        });
    }

    private static void rate(String answerId, boolean helpful, String reason, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("helpful", helpful);
        body.put("reason", reason);
        body.put("comment", comment);
        given().contentType(ContentType.JSON).body(body).post("/site/answers/" + answerId + "/feedback").then().statusCode(201);
    }

    private String queue(Map<String, ?> filter) {
        return editor.given().queryParams(filter).get("/editor").then().statusCode(200).extract().asString();
    }

    /** A draft approved by an editor, and the copy of it served to the next reader who asked. */
    private record Served(String published, String copy) {
    }

    private Served approvedAndServed(String question) {
        String published = PartnerApi.ask(question).getString("id");
        assertThat(editor.decide(published, "approve").statusCode()).isEqualTo(303);
        JsonPath copy = PartnerApi.ask(question);
        assertThat(copy.getString("reviewed.by")).isEqualTo("newsroom");
        return new Served(published, copy.getString("id"));
    }

    @Test
    void aNegativeVerdictOnAServedReviewedAnswerAppearsInTheQueueOnThePublishedAnswer() {
        Served served = approvedAndServed(QUESTION);

        rate(served.copy(), false, "outdated", COMMENT);

        var row = Html.parse(queue(Map.of("feedback", "negative"))).selectFirst("tr:has(a[href='/editor/answers/" + served.published() + "'])");
        assertThat(row).isNotNull();
        assertThat(row.text()).contains("1 👎").contains("outdated").contains(COMMENT);
    }

    @Test
    void theReviewPageOfThePublishedAnswerListsTheVerdictGivenOnItsServedCopy() {
        Served served = approvedAndServed(QUESTION);

        rate(served.copy(), false, "outdated", COMMENT);

        var feedback = Html.parse(editor.given().get("/editor/answers/" + served.published()).asString()).selectFirst("#reader-feedback");
        assertThat(feedback.text()).contains("Not helpful").contains("outdated").contains(COMMENT);
        assertThat(feedback.select("a[href='/answers/" + served.copy() + "']")).hasSize(1);
    }

    @Test
    void aNegativeVerdictOnAPublishedAnswerSendsItBackForReviewWithTheReadersReason() {
        Served served = approvedAndServed(QUESTION);

        rate(served.copy(), false, "outdated", COMMENT);

        AnswerRecord published = record(served.published());
        assertThat(published.published).isFalse();
        assertThat(published.reviewState).isEqualTo("new");
        assertThat(published.staleReason).contains("outdated").contains(COMMENT);
        List<ReviewAudit> trail = QuarkusTransaction.requiringNew().call(() -> ReviewAudit.ofAnswer(UUID.fromString(served.published())));
        assertThat(trail).extracting(e -> e.action).containsExactly("approve", "feedback");
        assertThat(PartnerApi.ask(QUESTION).getMap("$")).doesNotContainKey("reviewed");
    }

    @Test
    void aHelpfulVerdictLeavesThePublishedAnswerPublishedAndIsCountedOnIt() {
        Served served = approvedAndServed(QUESTION);

        rate(served.copy(), true, null, null);

        assertThat(record(served.published()).published).isTrue();
        var row = Html.parse(queue(Map.of("feedback", "positive"))).selectFirst("tr:has(a[href='/editor/answers/" + served.published() + "'])");
        assertThat(row.text()).contains("1 👍");
    }

    @Test
    void theQueueShowsTheReasonsAndLatestCommentOnADraftWithoutAnyFilter() {
        String draft = PartnerApi.ask(QUESTION).getString("id");

        rate(draft, false, "wrong", "It counts agreements, not partnerships.");

        var row = Html.parse(queue(Map.of())).selectFirst("tr:has(a[href='/editor/answers/" + draft + "'])");
        assertThat(row.text()).contains("wrong").contains("It counts agreements, not partnerships.");
    }

    @Test
    void theQueueFiltersByTheReasonReadersGave() {
        String outdated = PartnerApi.ask(QUESTION).getString("id");
        String wrong = PartnerApi.ask("Which Massachusetts city passed a resolution against 287(g)?").getString("id");
        rate(outdated, false, "outdated", null);
        rate(wrong, false, "wrong", null);

        assertThat(queue(Map.of("reason", "outdated"))).contains(outdated).doesNotContain(wrong);
    }

    @Test
    void theQueueOrdersByLatestFeedback() {
        String earlier = PartnerApi.ask(QUESTION).getString("id");
        String later = PartnerApi.ask("Which Massachusetts city passed a resolution against 287(g)?").getString("id");
        rate(later, false, "wrong", null);
        rate(earlier, false, "other", null);

        String page = queue(Map.of("sort", "recent-feedback"));
        assertThat(page.indexOf(earlier)).isLessThan(page.indexOf(later));
    }

    @Test
    void anUnknownReasonInTheFilterIsABadRequest() {
        editor.given().queryParam("reason", "boring").get("/editor").then().statusCode(400);
    }
}
