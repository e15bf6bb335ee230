package org.factually.assistant.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.factually.assistant.Newsroom;
import org.factually.assistant.PartnerApi;
import org.factually.assistant.answering.AnswerRecord;
import org.factually.assistant.site.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corrections by pointing: editors pick sentences of the cited and candidate passages, see the correction as
 * readers will and its difference from the draft, get errors next to the field, and a reload never resubmits.
 */
@QuarkusTest
class CorrectionByPointingTest {

    private static final String QUESTION = "How many 287(g) partnerships did ICE report by September 2025?";

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

    private Document page(String path, Map<String, ?> query) {
        return Html.parse(editor.given().queryParams(query).get(path).then().statusCode(200).extract().asString());
    }

    @Test
    void theReviewPageOffersEverySentenceOfTheCitedAndCandidatePassagesToPick() {
        JsonPath draft = PartnerApi.ask(QUESTION);
        Document review = page("/editor/answers/" + draft.getString("id"), Map.of());
        List<String> picks = review.select("form.picks input[name=pick]").eachAttr("value");
        assertThat(picks).anyMatch(p -> p.startsWith(draft.getString("citations[0].passageId") + ":"));
        assertThat(review.select(".pick-source").eachText()).anyMatch(t -> t.startsWith("Candidate passage"));
    }

    @Test
    void pickedSentencesBecomeTheCorrectionWithTheMarkersOfTheirPassagesAndAPreview() {
        JsonPath draft = PartnerApi.ask(QUESTION);
        String id = draft.getString("id");
        List<Element> picks = page("/editor/answers/" + id, Map.of()).select("form.picks input[name=pick]");
        String first = picks.get(0).attr("value");
        String other = picks.stream().map(e -> e.attr("value")).filter(v -> !v.split(":")[0].equals(first.split(":")[0]))
                .findFirst().orElseThrow();

        Document composed = Html.parse(editor.given().queryParam("pick", first).queryParam("pick", other)
                .get("/editor/answers/" + id).then().statusCode(200).extract().asString());

        String text = composed.selectFirst("#text").text();
        assertThat(text).endsWith("[2]").contains("[1]");
        assertThat(composed.selectFirst("#passages").attr("value")).isEqualTo(first.split(":")[0] + ", " + other.split(":")[0]);
        Element preview = composed.selectFirst("#correction-preview");
        assertThat(preview.selectFirst(".answer-kind").text()).startsWith("Written or edited by Factually's editors on ");
        assertThat(preview.select(".sources li")).hasSize(2);
    }

    @Test
    void thePreviewShowsTheCorrectionsDifferenceFromTheDraft() {
        JsonPath draft = PartnerApi.ask(QUESTION);
        String text = "ICE and DHS reported more than 1,000 partnerships by mid-September 2025. [1]";
        Document preview = page("/editor/answers/" + draft.getString("id"),
                Map.of("text", text, "passages", draft.getString("citations[0].passageId")));
        Element diff = preview.selectFirst("#correction-diff");
        assertThat(diff.select("ins").text()).contains("mid-September");
        assertThat(diff.select("del")).isNotEmpty();
    }

    @Test
    void previewingIsAPostThatRedirectsToAPageThatReloadsSafely() {
        JsonPath draft = PartnerApi.ask(QUESTION);
        String id = draft.getString("id");
        Response preview = editor.submit("/editor/answers/" + id + "/preview",
                Map.of("text", "Over a thousand {partnerships}. [1]", "passages", draft.getString("citations[0].passageId")));
        assertThat(preview.statusCode()).isEqualTo(303);
        String again = editor.given().urlEncodingEnabled(false).get(preview.header("Location")).then().statusCode(200).extract().asString();
        assertThat(Html.parse(again).selectFirst("#correction-preview .answer-text").text()).contains("Over a thousand {partnerships}.");
        assertThat(QuarkusTransaction.requiringNew().call(() -> AnswerRecord.<AnswerRecord>findById(UUID.fromString(id)).reviewState))
                .isEqualTo("new");
    }

    @Test
    void anUnknownPassageIsReportedNextToThePassagesField() {
        JsonPath draft = PartnerApi.ask(QUESTION);
        Document page = page("/editor/answers/" + draft.getString("id"), Map.of("text", "Over a thousand. [1]", "passages", "999999999"));
        assertThat(page.selectFirst("#passages").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#passages-error").text()).contains("not a passage of any current article");
        assertThat(page.select("#correction-preview")).isEmpty();
    }
}
