package org.factually.assistant.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.factually.assistant.Newsroom;
import org.factually.assistant.PartnerApi;
import org.factually.assistant.answering.AnswerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two editors on one answer: a decision sent from a page that showed an older version of the review is a 409
 * conflict that says what changed, and changes nothing.
 */
@QuarkusTest
class ReviewConflictTest {

    private static final String QUESTION = "How many 287(g) partnerships did ICE report by September 2025?";

    private Instant started;
    private Newsroom.Session first;
    private Newsroom.Session second;

    @BeforeEach
    void twoEditorsLogIn() {
        started = Instant.now();
        Newsroom.ensureAccounts();
        first = Newsroom.login(Newsroom.EDITOR);
        second = Newsroom.login(Newsroom.ADMIN);
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

    private static Map<String, String> form(int version, String... fields) {
        Map<String, String> form = new java.util.HashMap<>(Map.of("version", String.valueOf(version)));
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return form;
    }

    @Test
    void aRejectionFromAPageOpenedBeforeAnApprovalIsAConflictAndTheApprovalStands() {
        String id = PartnerApi.ask(QUESTION).getString("id");
        int opened = second.reviewVersion(id);
        assertThat(first.decide(id, "approve").statusCode()).isEqualTo(303);

        Response stale = second.submit("/editor/answers/" + id + "/reject", form(opened, "reason", "Too vague."));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains("changed after your page showed it").contains(Newsroom.EDITOR + " approved it");
        AnswerRecord after = record(id);
        assertThat(after.reviewState).isEqualTo("approved");
        assertThat(after.published).isTrue();
        assertThat(after.rejectReason).isNull();
    }

    @Test
    void approvingTheDraftFromAPageOpenedBeforeACorrectionIsAConflictAndTheCorrectionStands() {
        var draft = PartnerApi.ask(QUESTION);
        String id = draft.getString("id");
        int opened = second.reviewVersion(id);
        String correction = "ICE and DHS reported more than 1,000 partnerships by mid-September 2025. [1]";
        assertThat(first.decide(id, "correct", Map.of("text", correction, "passages", draft.getString("citations[0].passageId")))
                .statusCode()).isEqualTo(303);

        Response stale = second.submit("/editor/answers/" + id + "/approve", form(opened));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains(Newsroom.EDITOR + " corrected it");
        AnswerRecord after = record(id);
        assertThat(after.reviewState).isEqualTo("corrected");
        assertThat(after.reviewedAnswer).isEqualTo(correction);
    }

    @Test
    void theConflictPageOffersTheCurrentVersionSoTheEditorCanDecideAgain() {
        String id = PartnerApi.ask(QUESTION).getString("id");
        int opened = second.reviewVersion(id);
        first.decide(id, "approve");

        Response stale = second.submit("/editor/answers/" + id + "/reject", form(opened, "reason", "Too vague."));

        assertThat(stale.asString()).contains("name=\"version\" value=\"" + (opened + 1) + "\"").contains("Too vague.");
        assertThat(second.submit("/editor/answers/" + id + "/reject", form(opened + 1, "reason", "Too vague.")).statusCode())
                .isEqualTo(303);
        assertThat(record(id).reviewState).isEqualTo("rejected");
    }

    @Test
    void aDecisionWithoutTheVersionItWasMadeOnIsRefused() {
        String id = PartnerApi.ask(QUESTION).getString("id");
        Response refused = first.submit("/editor/answers/" + id + "/approve");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(record(id).reviewState).isEqualTo("new");
    }
}
