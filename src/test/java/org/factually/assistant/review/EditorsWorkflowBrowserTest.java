package org.factually.assistant.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.factually.assistant.Browser;
import org.factually.assistant.Newsroom;
import org.factually.assistant.PartnerApi;
import org.factually.assistant.answering.AnswerRecord;
import org.factually.assistant.articles.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editors' walk-through in a real headless Chromium: the reader's view of an edited answer, the note on how
 * answers are made following each kind of answer, a correction made by picking sentences (preview, diff, errors next
 * to their field, no resubmission on refresh), a reader's 👎 on a served reviewed answer reaching the queue, a stale
 * decision getting a conflict, withdrawal with confirmation and undo, and no editor page scrolling sideways on a
 * 390 px phone. Screenshots go to target/screenshots/.
 */
@QuarkusTest
class EditorsWorkflowBrowserTest {

    private static final String QUESTION = "How many 287(g) partnerships did ICE report by September 2025?";
    private static final String OTHER_QUESTION = "Can Worcester pursue a 287(g) agreement?";
    private static final String UNANSWERABLE = "What is the capital of Mongolia?";
    private static final String CORRECTION = "ICE and DHS reported more than 1,000 partnerships by mid-September 2025. [1]";
    private static final String ARTICLE_ID = "test-browser-withdrawal";
    private static final String ARTICLE_TITLE = "Fact check: How many glaciers does the alpine census count?";
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final int DESKTOP_WIDTH = 1280;
    private static final int DESKTOP_HEIGHT = 900;

    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

    private Instant started;
    private Newsroom.Session api;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void logIn() {
        started = Instant.now();
        Newsroom.ensureAccounts();
        api = Newsroom.login(Newsroom.ADMIN);
        logInAs(Newsroom.EDITOR);
    }

    private void logInAs(String username) {
        browser.driver().manage().deleteAllCookies();
        browser.viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        browser.open(url("/login"));
        browser.find("#j_username").sendKeys(username);
        browser.find("#j_password").sendKeys(Newsroom.PASSWORD);
        browser.find("form[action='/j_security_check'] button").click();
        wait(ExpectedConditions.titleContains("Review queue"));
    }

    @AfterEach
    void removeWhatTheTestMade() {
        QuarkusTransaction.requiringNew().run(() -> {
            AnswerRecord.delete("createdAt >= ?1", started);
            Article.deleteById(ARTICLE_ID);
        });
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    private static <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser.driver(), Browser.WAIT).until(condition);
    }

    private void review(String answerId) {
        browser.open(url("/editor/answers/" + answerId));
        wait(ExpectedConditions.titleContains("Review an answer"));
    }

    private static long sidewaysOverflow() {
        return ((Number) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
    }

    /** How wide the page scrolls, with every disclosure (details, audit before/after) opened as an editor would. */
    private static long scrollWidthWithEverythingOpen() {
        return ((Number) browser.script("document.querySelectorAll('details').forEach(d => d.open = true);"
                + "return document.scrollingElement.scrollWidth;")).longValue();
    }

    private static String value(String css) {
        return browser.find(css).getDomProperty("value");
    }

    private static String firstParagraph(String prompt) throws java.io.IOException {
        return Files.readString(Path.of("prompts", prompt)).strip().split("\\n\\s*\\n")[0];
    }

    /** Asks on the reader page through its script (no reload) and waits until the answer to this question is shown. */
    private static void askThroughTheScript(String question) {
        List<WebElement> shown = browser.driver().findElements(By.cssSelector("#answer-region .answer"));
        WebElement box = browser.find("#question");
        box.clear();
        box.sendKeys(question);
        browser.find(".ask-form button[type=submit]").click();
        if (!shown.isEmpty()) {
            wait(ExpectedConditions.stalenessOf(shown.get(0)));
        }
        wait(ExpectedConditions.textToBe(By.cssSelector("#answer-region .asked-question"), question));
    }

    private static String sidebarNote() {
        return browser.find(".sidebar .note").getText();
    }

    /** Screenshots at phone and desktop width; at the phone width, the page must not scroll sideways. */
    private void atBothWidths(String name) {
        browser.viewport(PHONE_WIDTH, PHONE_HEIGHT);
        browser.driver().navigate().refresh();
        assertThat(sidewaysOverflow()).as("%s scrolls sideways at %d px", name, PHONE_WIDTH).isLessThanOrEqualTo(0);
        browser.screenshot(name + "-" + PHONE_WIDTH);
        browser.viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        browser.driver().navigate().refresh();
        browser.screenshot(name + "-" + DESKTOP_WIDTH);
    }

    @Test
    void anEditorCorrectsADraftAndTheReaderSeesItLabelledAsEditedWithItsDate() {
        JsonPath draft = PartnerApi.ask(QUESTION);
        review(draft.getString("id"));
        WebElement text = browser.find("#text");
        text.clear();
        text.sendKeys(CORRECTION);
        WebElement passages = browser.find("#passages");
        passages.clear();
        passages.sendKeys(draft.getString("citations[0].passageId"));
        browser.find("#correct").click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "Answer corrected."));

        browser.open(url("/"));
        browser.find("#question").sendKeys(QUESTION);
        browser.find(".ask-form button[type=submit]").click();
        WebElement kind = browser.waitFor("#answer-region .answer-kind");

        assertThat(kind.getAttribute("class")).contains("answer-kind-edited");
        assertThat(kind.getText()).startsWith("Written or edited by Factually's editors on ").containsPattern("\\d{4} at \\d{2}:\\d{2}");
        browser.open(browser.find("#answer-region .permalink").getAttribute("href"));
        assertThat(browser.waitFor(".answer-kind").getAttribute("class")).contains("answer-kind-edited");
        assertThat(browser.find(".sidebar .note").getText()).contains("wrote or edited this answer").doesNotContain("quoted word for word");
        atBothWidths("reader-edited-answer");
    }

    @Test
    void aReadersNoWithAReasonOnAServedReviewedAnswerAppearsInTheQueueOnThatAnswer() throws Exception {
        String published = PartnerApi.ask(QUESTION).getString("id");
        api.decide(published, "approve").then().statusCode(303);
        String copy = PartnerApi.ask(QUESTION).getString("id");

        browser.open(url("/answers/" + copy));
        // Radio buttons are clicked as a reader's click on their label would, whatever the page's styling of them.
        browser.script("arguments[0].click();", browser.find(".feedback-form input[name=helpful][value=no]"));
        // The page's script opens the reasons on "No"; opening them here too keeps the step independent of it.
        browser.script("document.querySelector('.feedback-details').open = true;");
        browser.script("arguments[0].click();", browser.find(".feedback-form input[name=reason][value=outdated]"));
        browser.find(".feedback-form textarea[name=comment]").sendKeys("The count has changed since.");
        browser.find(".feedback-form button[type=submit]").click();
        browser.waitFor(".feedback-thanks");

        browser.open(url("/editor?feedback=negative"));
        WebElement row = wait(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[.//a[@href='/editor/answers/" + published + "']]")));
        assertThat(row.getText()).contains("1").contains("not helpful").contains("outdated").contains("The count has changed since.");
        atBothWidths("queue");

        review(published);
        assertThat(browser.find("#reader-feedback").getText()).contains("outdated").contains("The count has changed since.");
        assertThat(browser.find(".notice.warning").getText()).contains("Back in the queue");
        atBothWidths("review-page");
    }

    @Test
    void aRejectionFromAPageOpenedBeforeAnotherEditorsApprovalGetsAConflictAndChangesNothing() {
        String id = PartnerApi.ask(QUESTION).getString("id");
        review(id);
        api.decide(id, "approve").then().statusCode(303);

        browser.find("#reason").sendKeys("Too vague.");
        browser.find("#reject").click();

        WebElement alert = browser.waitFor("p.notice.error");
        assertThat(alert.getText()).contains("changed after your page showed it").contains(Newsroom.ADMIN + " approved it");
        assertThat(browser.find(".meta").getText()).contains("approved").contains("published");
        assertThat(QuarkusTransaction.requiringNew().call(() -> AnswerRecord.<AnswerRecord>findById(java.util.UUID.fromString(id)).reviewState))
                .isEqualTo("approved");
    }

    @Test
    void theNoteOnHowAnswersAreMadeIsTrueOfEachKindAsSoonAsTheScriptShowsTheAnswer() throws Exception {
        JsonPath corrected = PartnerApi.ask(QUESTION);
        api.decide(corrected.getString("id"), "correct", Map.of("text", CORRECTION, "passages", corrected.getString("citations[0].passageId")))
                .then().statusCode(303);
        // A reader, not the editor's session (whose CSRF rule makes the script fall back to posting the form).
        browser.driver().manage().deleteAllCookies();
        browser.open(url("/"));
        browser.script("window.notReloaded = true;");

        askThroughTheScript(OTHER_QUESTION);
        assertThat(browser.find("#answer-region .answer-kind").getAttribute("class")).contains("answer-kind-quoted");
        assertThat(sidebarNote()).contains(firstParagraph("site-how-quoted-answers-are-made.txt"));

        api.decide(browser.find("#answer-region .feedback-form").getAttribute("data-answer"), "approve").then().statusCode(303);
        askThroughTheScript(OTHER_QUESTION);
        assertThat(browser.find("#answer-region .answer-kind").getAttribute("class")).contains("answer-kind-approved");
        assertThat(sidebarNote()).contains(firstParagraph("site-how-approved-answers-are-made.txt"));

        askThroughTheScript(QUESTION);
        assertThat(browser.find("#answer-region .answer-kind").getAttribute("class")).contains("answer-kind-edited");
        assertThat(sidebarNote()).contains(firstParagraph("site-how-edited-answers-are-made.txt")).doesNotContain("quoted word for word");

        askThroughTheScript(UNANSWERABLE);
        assertThat(sidebarNote()).contains(firstParagraph("site-how-answers-are-made.txt"));
        assertThat(browser.script("return window.notReloaded === true;")).isEqualTo(true);
    }

    @Test
    void aPublishedAnswersOwnPermalinkShowsItsReviewedTextLabelledWithItsKindAndDate() throws Exception {
        JsonPath edited = PartnerApi.ask(QUESTION);
        api.decide(edited.getString("id"), "correct", Map.of("text", CORRECTION, "passages", edited.getString("citations[0].passageId")))
                .then().statusCode(303);
        String approved = PartnerApi.ask(OTHER_QUESTION).getString("id");
        api.decide(approved, "approve").then().statusCode(303);

        browser.open(url("/answers/" + edited.getString("id")));
        WebElement kind = browser.waitFor(".answer-kind");
        assertThat(kind.getAttribute("class")).contains("answer-kind-edited");
        assertThat(kind.getText()).startsWith("Written or edited by Factually's editors on ").containsPattern("\\d{4} at \\d{2}:\\d{2}");
        // The reader page sets each marker right after its sentence.
        assertThat(browser.find(".answer-text").getText()).isEqualTo(CORRECTION.replace(" [1]", "[1]"));
        assertThat(sidebarNote()).contains(firstParagraph("site-how-edited-answers-are-made.txt"));

        browser.open(url("/answers/" + approved));
        assertThat(browser.waitFor(".answer-kind").getAttribute("class")).contains("answer-kind-approved");
        assertThat(browser.find(".answer-kind").getText()).startsWith("Reviewed and approved by Factually's editors on ");
        assertThat(sidebarNote()).contains(firstParagraph("site-how-approved-answers-are-made.txt"));
    }

    @Test
    void anEditorCorrectsByPickingSentencesAndReadersSeeExactlyThePreview() {
        JsonPath draft = PartnerApi.ask(QUESTION);
        String id = draft.getString("id");
        review(id);
        WebElement cited = firstSentenceToPick("Cited passage");
        WebElement candidate = firstSentenceToPick("Candidate passage");
        String first = cited.getText().strip();
        String second = candidate.getText().strip();
        String firstPassage = cited.findElement(By.tagName("input")).getAttribute("value").split(":")[0];
        String secondPassage = candidate.findElement(By.tagName("input")).getAttribute("value").split(":")[0];
        cited.click();
        candidate.click();
        browser.find("#compose").click();

        WebElement preview = browser.waitFor("#correction-preview");
        String correction = first + " [1] " + second + " [2]";
        assertThat(value("#text")).isEqualTo(correction);
        assertThat(value("#passages")).isEqualTo(firstPassage + ", " + secondPassage);
        String previewText = preview.findElement(By.cssSelector(".answer-text")).getText();
        List<String> previewQuotes = preview.findElements(By.cssSelector(".sources blockquote")).stream().map(WebElement::getText).toList();
        assertThat(previewText).isEqualTo(first + "[1] " + second + "[2]");
        // The diff read without its deletions is the correction, and without its insertions the draft.
        assertThat(browser.find("#correction-diff").findElements(By.tagName("ins"))).isNotEmpty();
        assertThat(diffSide("del")).isEqualTo(correction);
        assertThat(diffSide("ins")).isEqualTo(draft.getString("answer").strip().replaceAll("\\s+", " "));
        browser.screenshot("correction-preview-1280");

        browser.find("#correct").click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "Answer corrected."));
        browser.open(url("/answers/" + id));
        assertThat(browser.waitFor(".answer-text").getText()).isEqualTo(previewText);
        assertThat(browser.driver().findElements(By.cssSelector(".source-quote")).stream().map(WebElement::getText).toList())
                .isEqualTo(previewQuotes);
    }

    /** The first sentence offered to pick from the first passage whose heading starts so. */
    private static WebElement firstSentenceToPick(String source) {
        return browser.driver().findElements(By.cssSelector(".pick-passage")).stream()
                .filter(p -> p.findElement(By.cssSelector(".pick-source")).getText().startsWith(source))
                .findFirst().orElseThrow().findElement(By.cssSelector("label.pick"));
    }

    /** The words of the correction's diff, leaving out those marked with {@code tag} (del: the new text; ins: the old). */
    private static String diffSide(String leftOut) {
        return ((String) browser.script("const d = document.getElementById('correction-diff').cloneNode(true);"
                + "d.querySelectorAll(arguments[0]).forEach(e => e.remove()); return d.textContent;", leftOut))
                .strip().replaceAll("\\s+", " ");
    }

    @Test
    void aRefusedCorrectionIsReportedNextToItsFieldAndNoRefreshSendsAnythingAgain() {
        JsonPath draft = PartnerApi.ask(QUESTION);
        String id = draft.getString("id");
        review(id);
        WebElement text = browser.find("#text");
        text.clear();
        text.sendKeys(CORRECTION);
        WebElement passages = browser.find("#passages");
        passages.clear();
        passages.sendKeys("999999999");
        browser.find("#correct").click();

        WebElement error = browser.waitFor("#passages-error");
        assertThat(error.getText()).contains("not a passage of any current article");
        assertThat(browser.find("#passages").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#passages").getAttribute("aria-describedby")).isEqualTo("passages-error");
        assertThat(browser.driver().findElements(By.cssSelector("#text-error, #correction-preview"))).isEmpty();
        assertThat(value("#text")).isEqualTo(CORRECTION);

        WebElement again = browser.find("#text");
        again.clear();
        again.sendKeys("ICE reported more than 1,000 partnerships.");
        passages = browser.find("#passages");
        passages.clear();
        passages.sendKeys(draft.getString("citations[0].passageId"));
        browser.find("#preview").click();
        assertThat(browser.waitFor("#text-error").getText()).contains("carries no citation");
        assertThat(browser.find("#text").getAttribute("aria-invalid")).isEqualTo("true");

        again = browser.find("#text");
        again.clear();
        again.sendKeys(CORRECTION);
        browser.find("#correct").click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "Answer corrected."));
        int version = reviewVersion(id);
        browser.driver().navigate().refresh();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "Answer corrected."));

        assertThat(reviewVersion(id)).isEqualTo(version);
        assertThat(browser.driver().findElements(By.cssSelector("#audit > li")).stream().filter(e -> e.getText().contains("corrected it")))
                .hasSize(1);
    }

    private static int reviewVersion(String id) {
        return QuarkusTransaction.requiringNew().call(() -> AnswerRecord.<AnswerRecord>findById(java.util.UUID.fromString(id)).reviewVersion);
    }

    @Test
    void withdrawalAsksForConfirmationCanBeUndoneAndTheReadersPageSaysItWasWithdrawn() throws Exception {
        given().auth().preemptive().basic(Newsroom.EDITOR, Newsroom.PASSWORD).contentType(ContentType.JSON)
                .queryParam("filename", ARTICLE_ID + ".json").body("""
                        {"id": "%s", "title": "%s", "checkedOn": "2025-10-01",
                         "sections": [{"heading": "The census", "text": "The alpine census counts 318 glaciers in four countries."}]}
                        """.formatted(ARTICLE_ID, ARTICLE_TITLE)).post("/api/v1/articles").then().statusCode(201);

        browser.open(url("/editor/articles"));
        browser.find("a[href='/editor/articles/" + ARTICLE_ID + "/withdraw']").click();
        wait(ExpectedConditions.titleContains("Withdraw"));
        assertThat(browser.find("h1").getText()).isEqualTo("Withdraw “" + ARTICLE_TITLE + "”?");
        browser.find("#confirm-withdraw").click();
        browser.waitFor("#undo-withdrawal");

        browser.open(url("/articles/" + ARTICLE_ID));
        String notice = Files.readString(Path.of("prompts/site-article-withdrawn.txt")).strip();
        assertThat(browser.find(".lede").getText()).isEqualTo(notice);

        browser.open(url("/editor/articles?withdrawn=" + ARTICLE_ID));
        browser.find("#undo-withdrawal").click();
        assertThat(browser.waitFor("#restored-notice").getText()).contains(ARTICLE_TITLE);
        given().get("/articles/" + ARTICLE_ID).then().statusCode(200);
    }

    @Test
    void noEditorPageScrollsSidewaysOnAPhone() {
        JsonPath draft = PartnerApi.ask(QUESTION);
        String decided = draft.getString("id");
        api.decide(decided, "correct", Map.of("text", CORRECTION, "passages", draft.getString("citations[0].passageId"))).then().statusCode(303);
        String fresh = PartnerApi.ask(OTHER_QUESTION).getString("id");
        PartnerApi.ask(UNANSWERABLE);
        String article = draft.getString("citations[0].articleId");
        logInAs(Newsroom.ADMIN);
        browser.viewport(PHONE_WIDTH, PHONE_HEIGHT);
        for (String path : new String[]{"/editor", "/editor?assigned=me", "/editor/answers/" + decided, "/editor/answers/" + fresh,
                "/editor/answers/" + fresh + "?text=Over%20a%20thousand.%20%5B1%5D&passages=" + draft.getString("citations[0].passageId"),
                "/editor/answers/" + fresh + "?text=No%20marker.&passages=1", "/editor/gaps", "/editor/articles",
                "/editor/articles/" + article, "/editor/articles/" + article + "/withdraw", "/editor/users"}) {
            browser.open(url(path));
            assertThat(scrollWidthWithEverythingOpen()).as("%s at %d px", path, PHONE_WIDTH).isLessThanOrEqualTo(PHONE_WIDTH);
        }
    }
}
