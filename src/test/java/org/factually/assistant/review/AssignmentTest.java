package org.factually.assistant.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.factually.assistant.Newsroom;
import org.factually.assistant.PartnerApi;
import org.factually.assistant.answering.AnswerRecord;
import org.factually.assistant.site.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assigning a draft to another editor, and unassigning it: shown in the queue, kept by the "assigned to me"
 * filter, written to the audit trail, and refused with a conflict when the page that sent it is out of date.
 */
@QuarkusTest
class AssignmentTest {

    private static final String QUESTION = "How many 287(g) partnerships did ICE report by September 2025?";

    private Instant started;
    private Newsroom.Session editor;
    private Newsroom.Session admin;

    @BeforeEach
    void twoEditorsLogIn() {
        started = Instant.now();
        Newsroom.ensureAccounts();
        editor = Newsroom.login(Newsroom.EDITOR);
        admin = Newsroom.login(Newsroom.ADMIN);
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

    /** Sends the assignment form as the review page shows it now, or with what an older page showed. */
    private static Response assign(Newsroom.Session session, String id, int version, String holder, String assignee) {
        Map<String, String> form = new HashMap<>(Map.of("version", String.valueOf(version), "holder", holder));
        if (assignee != null) {
            form.put("assignee", assignee);
        }
        return session.submit("/editor/answers/" + id + "/" + (assignee == null ? "unassign" : "assign"), form);
    }

    private static List<String> queueLinks(Newsroom.Session session, String query) {
        Document queue = Html.parse(session.given().get("/editor" + query).then().statusCode(200).extract().asString());
        return queue.select("table.queue a[href^=/editor/answers/]").eachAttr("href");
    }

    @Test
    void anEditorAssignsADraftToAnotherEditorAndTheQueueShowsWhoHoldsIt() {
        String id = PartnerApi.ask(QUESTION).getString("id");

        assertThat(assign(editor, id, editor.reviewVersion(id), "", Newsroom.ADMIN).statusCode()).isEqualTo(303);

        AnswerRecord after = record(id);
        assertThat(after.claimedBy).isEqualTo(Newsroom.ADMIN);
        assertThat(after.assignedBy).isEqualTo(Newsroom.EDITOR);
        Document queue = Html.parse(editor.given().get("/editor").then().statusCode(200).extract().asString());
        assertThat(queue.selectFirst("tr:has(a[href=/editor/answers/" + id + "]) .badge.claimed").text())
                .isEqualTo("assigned to " + Newsroom.ADMIN + " by " + Newsroom.EDITOR);
    }

    @Test
    void theAssignedToMeFilterKeepsOnlyTheDraftsTheLookingEditorHolds() {
        String theirs = PartnerApi.ask(QUESTION).getString("id");
        String nobodys = PartnerApi.ask(QUESTION).getString("id");
        assign(editor, theirs, editor.reviewVersion(theirs), "", Newsroom.ADMIN);

        assertThat(queueLinks(admin, "?assigned=me")).contains("/editor/answers/" + theirs).doesNotContain("/editor/answers/" + nobodys);
        assertThat(queueLinks(editor, "?assigned=me")).doesNotContain("/editor/answers/" + theirs);
    }

    @Test
    void anAssignmentIsWrittenToTheAuditTrailAndCountsAsAChangeOfTheReview() {
        String id = PartnerApi.ask(QUESTION).getString("id");
        int opened = admin.reviewVersion(id);
        assign(editor, id, opened, "", Newsroom.ADMIN);

        Document review = Html.parse(admin.given().get("/editor/answers/" + id).then().statusCode(200).extract().asString());
        assertThat(review.selectFirst("#audit").text()).contains(Newsroom.EDITOR + " assigned it").contains("to " + Newsroom.ADMIN);
        Response stale = admin.submit("/editor/answers/" + id + "/reject", Map.of("version", String.valueOf(opened), "reason", "Too vague."));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains(Newsroom.EDITOR + " assigned it");
    }

    @Test
    void anAssignmentFromAPageThatShowedAnotherHolderIsAConflictAndTheClaimStands() {
        String id = PartnerApi.ask(QUESTION).getString("id");
        int opened = editor.reviewVersion(id);
        assertThat(admin.submit("/editor/answers/" + id + "/claim").statusCode()).isEqualTo(303);

        Response stale = assign(editor, id, opened, "", Newsroom.EDITOR);

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains("assignment changed after your page showed it").contains("now " + Newsroom.ADMIN + " holds it");
        assertThat(record(id).claimedBy).isEqualTo(Newsroom.ADMIN);
    }

    @Test
    void anAssignmentFromAPageOpenedBeforeADecisionIsAConflictAndChangesNothing() {
        String id = PartnerApi.ask(QUESTION).getString("id");
        int opened = editor.reviewVersion(id);
        assertThat(admin.decide(id, "approve").statusCode()).isEqualTo(303);

        Response stale = assign(editor, id, opened, "", Newsroom.ADMIN);

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains(Newsroom.ADMIN + " approved it");
        assertThat(record(id).claimedBy).isNull();
    }

    @Test
    void anotherEditorCannotDecideADraftAssignedToSomeoneElse() {
        String id = PartnerApi.ask(QUESTION).getString("id");
        assign(editor, id, editor.reviewVersion(id), "", Newsroom.ADMIN);

        Response refused = editor.decide(id, "approve");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains(Newsroom.ADMIN + " was assigned this answer by " + Newsroom.EDITOR);
        assertThat(admin.decide(id, "approve").statusCode()).isEqualTo(303);
    }

    @Test
    void unassigningLeavesTheDraftToAnyEditor() {
        String id = PartnerApi.ask(QUESTION).getString("id");
        assign(editor, id, editor.reviewVersion(id), "", Newsroom.ADMIN);

        assertThat(assign(editor, id, editor.reviewVersion(id), Newsroom.ADMIN, null).statusCode()).isEqualTo(303);

        AnswerRecord after = record(id);
        assertThat(after.claimedBy).isNull();
        assertThat(after.assignedBy).isNull();
        assertThat(editor.decide(id, "approve").statusCode()).isEqualTo(303);
    }

    @Test
    void aDraftCannotBeAssignedToAnAccountThatMayNotReview() {
        String id = PartnerApi.ask(QUESTION).getString("id");

        Response refused = assign(editor, id, editor.reviewVersion(id), "", Newsroom.READER);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Html.parse(refused.asString()).selectFirst("p.notice.error").text())
                .contains("'" + Newsroom.READER + "' is not an editor's account that may review answers");
        assertThat(record(id).claimedBy).isNull();
    }

    @Test
    void anAssignmentWithoutAnAssigneeIsRefusedAndChangesNothing() {
        String id = PartnerApi.ask(QUESTION).getString("id");
        assign(editor, id, editor.reviewVersion(id), "", Newsroom.ADMIN);

        Response refused = assign(editor, id, editor.reviewVersion(id), Newsroom.ADMIN, "");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(record(id).claimedBy).isEqualTo(Newsroom.ADMIN);
    }

    @Test
    void anUnknownAssignedFilterIsABadRequest() {
        editor.given().get("/editor?assigned=" + Newsroom.ADMIN).then().statusCode(400);
    }
}
