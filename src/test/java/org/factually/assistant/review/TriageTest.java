package org.factually.assistant.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.factually.assistant.Newsroom;
import org.factually.assistant.PartnerApi;
import org.factually.assistant.answering.AnswerRecord;
import org.factually.assistant.site.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Triage at newsroom scale: bulk reject, off-topic, dismissing gap topics, the next draft after a decision. */
@QuarkusTest
class TriageTest {

    private static final String FIRST = "How many 287(g) partnerships did ICE report by September 2025?";
    private static final String SECOND = "Which Massachusetts city passed a resolution against 287(g)?";
    private static final String OFF_TOPIC = "What is the best sourdough starter for a cold kitchen?";

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
    void removeWhatTheTestMade() {
        QuarkusTransaction.requiringNew().run(() -> {
            AnswerRecord.delete("createdAt >= ?1", started);
            em.createNativeQuery("DELETE FROM off_topic_question WHERE marked_at >= ?1").setParameter(1, started).executeUpdate();
        });
    }

    private static AnswerRecord record(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AnswerRecord r = AnswerRecord.findById(UUID.fromString(id));
            AnswerRecord.getEntityManager().detach(r);
            return r;
        });
    }

    private Response bulk(String action, String reason, String... items) {
        return editor.given().formParam("action", action).formParam("reason", reason).formParam("item", (Object[]) items)
                .formParam(Newsroom.CSRF_FIELD, editor.csrf()).post("/editor/bulk");
    }

    @Test
    void selectedAnswersAreRejectedWithOneReason() {
        String first = PartnerApi.ask(FIRST).getString("id");
        String second = PartnerApi.ask(SECOND).getString("id");

        Response done = bulk("reject", "Duplicates of a reviewed answer.", first + ":0", second + ":0");

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(Html.parse(done.asString()).selectFirst("#bulk-outcome").text()).startsWith("2 answers rejected.");
        assertThat(List.of(record(first), record(second))).allSatisfy(r -> {
            assertThat(r.reviewState).isEqualTo("rejected");
            assertThat(r.rejectReason).isEqualTo("Duplicates of a reviewed answer.");
        });
    }

    @Test
    void aBulkRejectionSkipsAnItemChangedSinceTheQueueShowedItAndSaysSo() {
        String first = PartnerApi.ask(FIRST).getString("id");
        String second = PartnerApi.ask(SECOND).getString("id");
        editor.decide(second, "approve").then().statusCode(303);

        Response done = bulk("reject", "Too vague.", first + ":0", second + ":0");

        assertThat(Html.parse(done.asString()).selectFirst("#bulk-outcome").text()).startsWith("1 answer rejected.").contains(second);
        assertThat(record(second).reviewState).isEqualTo("approved");
    }

    @Test
    void aBulkRejectionWithoutAReasonChangesNothing() {
        String first = PartnerApi.ask(FIRST).getString("id");
        assertThat(bulk("reject", "", first + ":0").statusCode()).isEqualTo(400);
        assertThat(record(first).reviewState).isEqualTo("new");
    }

    @Test
    void anOffTopicQuestionLeavesTheGapsAndItsIDontKnowIsApproved() {
        String id = PartnerApi.ask(OFF_TOPIC).getString("id");
        assertThat(editor.given().get("/editor/gaps").asString()).contains(OFF_TOPIC);

        bulk("off-topic", "", id + ":0").then().statusCode(200);

        assertThat(record(id).reviewState).isEqualTo("approved");
        assertThat(editor.given().get("/editor/gaps").asString()).doesNotContain(OFF_TOPIC);
        PartnerApi.ask(OFF_TOPIC);
        assertThat(editor.given().get("/editor/gaps").asString()).doesNotContain(OFF_TOPIC);
    }

    @Test
    void aGapTopicCanBeDismissedAsOffTopic() {
        PartnerApi.ask(OFF_TOPIC);
        Document gaps = Html.parse(editor.given().get("/editor/gaps").asString());
        var form = gaps.selectFirst("tr:contains(" + OFF_TOPIC + ") form[action='/editor/gaps/off-topic']");
        assertThat(form.selectFirst("button").text()).startsWith("Dismiss “").endsWith("” as off-topic");

        Response dismissed = editor.given().formParam("question", form.select("input[name=question]").eachAttr("value").toArray())
                .formParam(Newsroom.CSRF_FIELD, editor.csrf()).post("/editor/gaps/off-topic");

        assertThat(dismissed.statusCode()).isEqualTo(303);
        assertThat(editor.given().get("/editor/gaps").asString()).doesNotContain(OFF_TOPIC);
    }

    @Test
    void afterADecisionTheNextLinkLeadsToTheNewestDraftLeft() {
        String older = PartnerApi.ask(SECOND).getString("id");
        String newer = PartnerApi.ask(FIRST).getString("id");
        editor.decide(newer, "approve").then().statusCode(303);

        assertThat(editor.given().get("/editor/answers/" + newer + "?done=approved").asString()).contains("/editor/next?after=" + newer);
        Response next = editor.given().queryParam("after", newer).get("/editor/next");

        assertThat(next.statusCode()).isEqualTo(303);
        assertThat(next.header("Location")).endsWith("/editor/answers/" + older);
    }

    @Test
    void aDraftClaimedByOneEditorIsNotDecidedByAnotherUntilTheyTakeItOver() {
        String id = PartnerApi.ask(FIRST).getString("id");
        Newsroom.Session other = Newsroom.login(Newsroom.ADMIN);
        editor.submit("/editor/answers/" + id + "/claim").then().statusCode(303);
        assertThat(other.given().get("/editor").asString()).contains("claimed by " + Newsroom.EDITOR);

        Response refused = other.decide(id, "approve");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains(Newsroom.EDITOR + " claimed this answer");

        other.submit("/editor/answers/" + id + "/claim").then().statusCode(303);
        assertThat(other.decide(id, "approve").statusCode()).isEqualTo(303);
        assertThat(record(id).claimedBy).isNull();
    }

    @Test
    void theNextDraftIsNotOneAnotherEditorClaimed() {
        String claimed = PartnerApi.ask(SECOND).getString("id");
        String decided = PartnerApi.ask(FIRST).getString("id");
        Newsroom.login(Newsroom.ADMIN).submit("/editor/answers/" + claimed + "/claim").then().statusCode(303);

        String next = editor.given().queryParam("after", decided).get("/editor/next").header("Location");

        assertThat(next).doesNotEndWith("/editor/answers/" + claimed);
    }

    @Test
    void theQueueSaysHowManyAnswersMatchAndOnHowManyPages() {
        PartnerApi.ask(FIRST);
        String total = Html.parse(editor.given().queryParam("q", "partnerships September").get("/editor").asString()).selectFirst("#total").text();
        assertThat(total).matches("\\d+ answers? · page 1 of \\d+");
    }
}
