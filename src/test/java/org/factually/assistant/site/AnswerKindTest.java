package org.factually.assistant.site;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.factually.assistant.Newsroom;
import org.factually.assistant.PartnerApi;
import org.factually.assistant.answering.AnswerRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers see what kind of answer they read — quoted by the service, approved by editors, written or edited by
 * editors — with the review date, and the note on how answers are made that is true of that kind; the API says it too.
 */
@QuarkusTest
class AnswerKindTest {

    private static final String QUESTION = "How many 287(g) partnerships did ICE report by September 2025?";
    private static final String CORRECTION = "ICE and DHS reported more than 1,000 partnerships by mid-September 2025. [1]";

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

    private static Document page(String answerId) {
        return Html.parse(given().get("/answers/" + answerId).then().statusCode(200).extract().asString());
    }

    private static String prompt(String name) throws IOException {
        return Files.readString(Path.of("prompts", name)).strip();
    }

    private static String firstParagraph(String name) throws IOException {
        return prompt(name).split("\\n\\s*\\n")[0].strip();
    }

    private JsonPath corrected() {
        JsonPath draft = PartnerApi.ask(QUESTION);
        editor.decide(draft.getString("id"), "correct", Map.of("text", CORRECTION, "passages", draft.getString("citations[0].passageId")))
                .then().statusCode(303);
        return PartnerApi.ask(QUESTION);
    }

    @Test
    void anEditedAnswerIsLabelledAsWrittenByEditorsWithTheReviewDate() {
        JsonPath served = corrected();
        Document page = page(served.getString("id"));

        assertThat(page.selectFirst(".answer-kind").hasClass("answer-kind-edited")).isTrue();
        assertThat(page.selectFirst(".answer-kind").text()).startsWith("Written or edited by Factually's editors on ")
                .doesNotContain("{date}").containsPattern("\\d{4} at \\d{2}:\\d{2}");
        assertThat(page.selectFirst(".answer-text").text()).startsWith(CORRECTION.substring(0, 30));
        assertThat(page.select(".sources .source")).hasSize(1);
    }

    @Test
    void theNoteBesideAnEditedAnswerSaysTheWordingIsTheEditorsNotAQuotation() throws IOException {
        Document page = page(corrected().getString("id"));
        String note = page.selectFirst("#how-heading").parent().text();
        assertThat(note).contains(firstParagraph("site-how-edited-answers-are-made.txt")).doesNotContain("quoted word for word");
    }

    @Test
    void theApiSaysAnEditedAnswerIsEdited() {
        JsonPath served = corrected();
        assertThat(served.getString("reviewed.kind")).isEqualTo("edited");
        assertThat(PartnerApi.ask(QUESTION).getString("reviewed.kind")).isEqualTo("edited");
    }

    @Test
    void anApprovedAnswerIsLabelledAsApprovedByEditorsAndTheApiSaysApproved() throws IOException {
        String draft = PartnerApi.ask(QUESTION).getString("id");
        editor.decide(draft, "approve").then().statusCode(303);
        JsonPath served = PartnerApi.ask(QUESTION);

        assertThat(served.getString("reviewed.kind")).isEqualTo("approved");
        Document page = page(served.getString("id"));
        assertThat(page.selectFirst(".answer-kind").text()).startsWith("Reviewed and approved by Factually's editors on ");
        assertThat(page.selectFirst("#how-heading").parent().text()).contains(firstParagraph("site-how-approved-answers-are-made.txt"));
    }

    @Test
    void anUnreviewedAnswerIsLabelledAsQuotedByTheService() throws IOException {
        JsonPath draft = PartnerApi.ask(QUESTION);
        assertThat(draft.getMap("$")).doesNotContainKey("reviewed");

        Document page = page(draft.getString("id"));
        assertThat(page.selectFirst(".answer-kind").text()).isEqualTo(prompt("site-answer-kind-quoted.txt"));
        assertThat(page.selectFirst("#how-heading").parent().text()).contains(firstParagraph("site-how-quoted-answers-are-made.txt"));
    }
}
