package org.factually.assistant.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.factually.assistant.PartnerApi;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.factually.assistant.Newsroom;
import org.factually.assistant.SharedCorpus;
import org.factually.assistant.answering.AnswerRecord;
import org.factually.assistant.answering.DecisionCache;
import org.factually.assistant.articles.Article;
import org.factually.assistant.common.Problem;
import org.factually.assistant.ingestion.IngestionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** The editors' workflow against the real database: draft, approve, correct, reject, and stale after an article change. */
@QuarkusTest
class ReviewWorkflowTest {

    private static final String QUESTION = "How many 287(g) partnerships did ICE report by September 2025?";
    private static final Map<String, String> WRONG_COUNT = Map.of("reason", "Counts partnerships, not the agreements the reader asked about.");

    @Inject
    IngestionService ingestion;
    @Inject
    DecisionCache decisions;

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

    private static JsonPath ask(String question) {
        return PartnerApi.ask(question);
    }

    private static AnswerRecord record(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AnswerRecord r = AnswerRecord.findById(UUID.fromString(id));
            AnswerRecord.getEntityManager().detach(r);
            return r;
        });
    }

    /** The answer's permanent link is gone (410) with the editors' notice, and its text is not on the page. */
    private static void assertGoneWithTheEditorsNotice(JsonPath answer) {
        String page = given().accept("text/html").get("/answers/" + answer.getString("id")).then().statusCode(410).extract().asString();
        assertThat(page).contains("withdrew it").doesNotContain(answer.getString("answer"));
    }

    /** A refused correction goes back to the review page (post, redirect, get), which says why next to the field. */
    private org.jsoup.nodes.Document refusal(Response refused) {
        return org.factually.assistant.site.Html.parse(editor.given().urlEncodingEnabled(false).get(refused.header("Location")).then().statusCode(200).extract().asString());
    }

    @Test
    void everyAnswerIsADraftInTheReviewQueue() {
        JsonPath draft = ask(QUESTION);
        String queue = editor.given().queryParam("state", "new").get("/editor").then().statusCode(200).extract().asString();
        assertThat(queue).contains("/editor/answers/" + draft.getString("id"));
        assertThat(draft.getMap("$")).doesNotContainKey("reviewed");
    }

    @Test
    void anApprovedAnswerIsServedToTheNextReaderAsReviewedByTheNewsroom() {
        JsonPath draft = ask(QUESTION);
        Response approved = editor.decide(draft.getString("id"), "approve");
        assertThat(approved.statusCode()).isEqualTo(303);

        JsonPath next = ask(QUESTION.toLowerCase().replace("?", ""));
        assertThat(next.getString("reviewed.by")).isEqualTo("newsroom");
        assertThat(Instant.parse(next.getString("reviewed.reviewedAt"))).isAfter(started);
        assertThat(next.getString("answer")).isEqualTo(draft.getString("answer"));
        assertThat(next.getList("citations.passageId")).isEqualTo(draft.getList("citations.passageId"));
        assertThat(record(next.getString("id")).servedFrom).isEqualTo(UUID.fromString(draft.getString("id")));
    }

    @Test
    void aRepeatedDecisionsPageLinksToTheAnswerWhoseDecisionItRepeats() {
        decisions.invalidateAll();
        String first = ask(QUESTION).getString("id");
        String repeat = ask(QUESTION).getString("id");

        String page = editor.given().get("/editor/answers/" + repeat).then().statusCode(200).extract().asString();
        assertThat(page).contains("repeats the decision made for an earlier asking")
                .contains("<a href=\"/editor/answers/" + first + "\">");
        assertThat(editor.given().get("/editor/answers/" + first).asString()).doesNotContain("repeats the decision");
    }

    @Test
    void anAnswerServedFromAReviewedOneIsNotQueuedForReview() {
        JsonPath draft = ask(QUESTION);
        editor.decide(draft.getString("id"), "approve");
        JsonPath served = ask(QUESTION);
        String queue = editor.given().get("/editor").then().statusCode(200).extract().asString();
        assertThat(queue).doesNotContain("/editor/answers/" + served.getString("id"));
        assertThat(record(served.getString("id")).reviewState).isNull();
    }

    @Test
    void theSameQuestionInOtherWordsGetsTheReviewedAnswer() {
        JsonPath draft = ask("What is the 287(g) program?");
        editor.decide(draft.getString("id"), "approve");
        assertThat(ask("What does the 287(g) program do?").getString("reviewed.by")).isEqualTo("newsroom");
    }

    @Test
    void aQuestionAskingForAnotherFactOnTheSameSubjectIsAnsweredAfresh() {
        JsonPath draft = ask("What is the 287(g) program?");
        editor.decide(draft.getString("id"), "approve");
        assertThat(ask("When did the 287(g) program start?").getMap("$")).doesNotContainKey("reviewed");
    }

    @Test
    void aCorrectedAnswerIsServedWithTheEditorsTextAndChosenPassages() {
        JsonPath draft = ask(QUESTION);
        long passage = draft.getLong("citations[0].passageId");
        String text = "ICE and DHS reported more than 1,000 partnerships by mid-September 2025. [1]";
        Response corrected = editor.decide(draft.getString("id"), "correct",
                Map.of("text", text, "passages", String.valueOf(passage)));
        assertThat(corrected.statusCode()).isEqualTo(303);

        JsonPath next = ask(QUESTION);
        assertThat(next.getString("answer")).isEqualTo(text);
        assertThat(next.getList("citations.passageId", Long.class)).containsExactly(passage);
        assertThat(next.getString("reviewed.by")).isEqualTo("newsroom");
    }

    @Test
    void aCorrectionWhoseMarkerPointsNowhereIsRefused() {
        JsonPath draft = ask(QUESTION);
        Response refused = editor.decide(draft.getString("id"), "correct",
                Map.of("text", "There were over a thousand agreements. [2]", "passages", draft.getString("citations[0].passageId")));
        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refusal(refused).select("#text-error").text()).contains("[2] points nowhere");
        assertThat(record(draft.getString("id")).reviewState).isEqualTo("new");
    }

    @Test
    void aCorrectionCitingAPassageThatDoesNotExistIsRefused() {
        JsonPath draft = ask(QUESTION);
        Response refused = editor.decide(draft.getString("id"), "correct",
                Map.of("text", "There were over a thousand agreements. [1]", "passages", "999999999"));
        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refusal(refused).select("#passages-error").text()).contains("not a passage of any current article");
        assertThat(record(draft.getString("id")).published).isFalse();
    }

    @Test
    void aCorrectionWithASentenceThatCitesNothingIsRefused() {
        JsonPath draft = ask(QUESTION);
        Response refused = editor.decide(draft.getString("id"), "correct",
                Map.of("text", "There were over a thousand agreements. Nobody disputes it. [1]",
                        "passages", draft.getString("citations[0].passageId")));
        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refusal(refused).select("#text-error").text()).contains("There were over a thousand agreements.").contains("carries no citation");
    }

    @Test
    void aRejectedAnswerIsNeverServedAgainForThatQuestion() {
        JsonPath draft = ask(QUESTION);
        assertThat(draft.getString("status")).isEqualTo("answered");
        Response rejected = editor.decide(draft.getString("id"), "reject",
                WRONG_COUNT);
        assertThat(rejected.statusCode()).isEqualTo(303);

        JsonPath next = ask(QUESTION);
        assertThat(next.getString("status")).isEqualTo("unknown");
        assertThat(next.getString("answer")).isNotEqualTo(draft.getString("answer"));
        assertThat(record(next.getString("id")).scores.rejectedDraft()).isEqualTo(draft.getString("id"));
    }

    @Test
    void aRejectedAnswersPermanentLinkIsGoneWithTheEditorsNotice() {
        JsonPath draft = ask(QUESTION);
        given().get("/answers/" + draft.getString("id")).then().statusCode(200);
        editor.decide(draft.getString("id"), "reject", WRONG_COUNT);

        assertGoneWithTheEditorsNotice(draft);
    }

    @Test
    void aRepeatsPermanentLinkIsGoneOnceTheAnswerItRepeatsIsRejected() {
        decisions.invalidateAll();
        JsonPath first = ask(QUESTION);
        JsonPath repeat = ask(QUESTION);
        assertThat(record(repeat.getString("id")).repeats).isEqualTo(UUID.fromString(first.getString("id")));
        given().get("/answers/" + repeat.getString("id")).then().statusCode(200);
        editor.decide(first.getString("id"), "reject", WRONG_COUNT);

        assertGoneWithTheEditorsNotice(repeat);
    }

    @Test
    void theLinkOfAnAnswerServedFromAReviewedOneIsGoneOnceEditorsRejectThatOne() {
        JsonPath draft = ask(QUESTION);
        editor.decide(draft.getString("id"), "approve");
        JsonPath served = ask(QUESTION);
        assertThat(record(served.getString("id")).servedFrom).isEqualTo(UUID.fromString(draft.getString("id")));
        given().get("/answers/" + served.getString("id")).then().statusCode(200);
        editor.decide(draft.getString("id"), "reject", WRONG_COUNT);

        assertGoneWithTheEditorsNotice(served);
    }

    @Test
    void aPartnerAskingForARejectedAnswerByItsIdIsToldTheEditorsWithdrewIt() {
        JsonPath draft = ask(QUESTION);
        given().spec(PartnerApi.withKey()).get("/api/v1/answers/" + draft.getString("id")).then().statusCode(200);
        editor.decide(draft.getString("id"), "reject", WRONG_COUNT);

        given().spec(PartnerApi.withKey()).get("/api/v1/answers/" + draft.getString("id"))
                .then().statusCode(410).contentType(Problem.MEDIA_TYPE).body("type", equalTo("/problems/answer-withdrawn"))
                .body(not(containsString(draft.getString("answer"))));
    }

    @Test
    void aPartnerAskingForACorrectedAnswerByItsIdGetsTheEditorsText() {
        JsonPath draft = ask(QUESTION);
        String text = "ICE and DHS reported more than 1,000 partnerships by mid-September 2025. [1]";
        editor.decide(draft.getString("id"), "correct", Map.of("text", text, "passages", draft.getString("citations[0].passageId")));

        given().spec(PartnerApi.withKey()).get("/api/v1/answers/" + draft.getString("id"))
                .then().statusCode(200).body("answer", equalTo(text)).body("reviewed.by", equalTo("newsroom"));
    }

    @Test
    void aPermanentLinkStaysWhenADifferentAnswerToTheQuestionIsRejected() {
        JsonPath kept = ask(QUESTION);
        JsonPath other = ask("Which Massachusetts city passed a resolution against 287(g)?");
        editor.decide(other.getString("id"), "reject", Map.of("reason", "Names the city but not the date of the resolution."));

        given().accept("text/html").get("/answers/" + kept.getString("id")).then().statusCode(200);
    }

    @Test
    void aRejectionNeedsAReason() {
        JsonPath draft = ask(QUESTION);
        Response refused = editor.decide(draft.getString("id"), "reject", Map.of("reason", "  "));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(record(draft.getString("id")).reviewState).isEqualTo("new");
    }

    @Test
    void everyDecisionIsInTheAuditTrailWithItsActorAndTheStateBeforeAndAfter() {
        JsonPath draft = ask(QUESTION);
        UUID id = UUID.fromString(draft.getString("id"));
        editor.decide(id.toString(), "approve");
        editor.decide(id.toString(), "reject", Map.of("reason", "On second thought, too vague."));

        List<ReviewAudit> trail = QuarkusTransaction.requiringNew().call(() -> ReviewAudit.ofAnswer(id));
        assertThat(trail).extracting(e -> e.action).containsExactly("approve", "reject");
        assertThat(trail).allSatisfy(e -> assertThat(e.actor).isEqualTo(Newsroom.EDITOR));
        assertThat(trail.get(0).before).containsEntry("reviewState", "new").containsEntry("published", false);
        assertThat(trail.get(0).after).containsEntry("reviewState", "approved").containsEntry("published", true);
        assertThat(trail.get(1).after).containsEntry("reviewState", "rejected").containsEntry("rejectReason", "On second thought, too vague.");
        assertThat(editor.given().get("/editor/answers/" + id).asString()).contains("On second thought, too vague.");
    }

    @Test
    void aReviewedAnswerGoesBackToTheQueueWhenTheArticleItCitesChanges() {
        JsonPath draft = ask(QUESTION);
        editor.decide(draft.getString("id"), "approve");
        String articleId = draft.getString("citations[0].articleId");
        String file = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(articleId).source);
        byte[] original = SharedCorpus.bytes(SharedCorpus.DIR.resolve(file));
        try {
            byte[] changed = (new String(original, StandardCharsets.UTF_8)
                    + "\nCorrection: an earlier version of this article misdated one source.\n").getBytes(StandardCharsets.UTF_8);
            assertThat(ingestion.ingest(file, changed).outcome()).isEqualTo(IngestionService.Outcome.UPDATED);

            AnswerRecord stale = record(draft.getString("id"));
            assertThat(stale.published).isFalse();
            assertThat(stale.reviewState).isEqualTo("new");
            assertThat(stale.staleReason).contains(articleId).contains("changed");
            assertThat(ask(QUESTION).getMap("$")).doesNotContainKey("reviewed");
            String queue = editor.given().queryParam("state", "new").get("/editor").asString();
            assertThat(queue).contains("/editor/answers/" + draft.getString("id")).contains("stale");
        } finally {
            ingestion.ingest(file, original);
        }
    }

    @Test
    void approvalIsRefusedWhenACitedPassageIsGone() {
        JsonPath draft = ask(QUESTION);
        String articleId = draft.getString("citations[0].articleId");
        String file = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(articleId).source);
        byte[] original = SharedCorpus.bytes(SharedCorpus.DIR.resolve(file));
        try {
            ingestion.ingest(file, (new String(original, StandardCharsets.UTF_8) + "\nUpdated.\n").getBytes(StandardCharsets.UTF_8));
            Response refused = editor.decide(draft.getString("id"), "approve");
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.asString()).contains("no longer in the articles");
        } finally {
            ingestion.ingest(file, original);
        }
    }
}
