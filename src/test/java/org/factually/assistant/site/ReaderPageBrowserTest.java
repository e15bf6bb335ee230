package org.factually.assistant.site;

import org.factually.assistant.feedback.Feedback;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.factually.assistant.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader page in a real (headless) Chromium: what a reader sees and does. */
@QuarkusTest
class ReaderPageBrowserTest {

    private static final String ANSWERABLE = "Can local police refuse to cooperate with ICE?";
    private static final String OFF_THE_ARTICLES = "What is the salary of a deputized 287(g) officer?";
    private static final int PHONE_WIDTH = 360;
    private static final int PHONE_HEIGHT = 780;
    private static final int DESKTOP_WIDTH = 1280;
    private static final int DESKTOP_HEIGHT = 900;

    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

    private final List<UUID> answersGivenFeedback = new ArrayList<>();

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

    @AfterEach
    void forgetFeedback() {
        QuarkusTransaction.requiringNew().run(() -> answersGivenFeedback.forEach(id -> Feedback.delete("answerId", id)));
        browser.viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    private WebElement ask(String question) {
        browser.open(url("/"));
        WebElement box = browser.find("#question");
        box.sendKeys(question);
        browser.find(".ask-form button[type=submit]").click();
        return browser.waitFor("#answer-region .answer");
    }

    @Test
    void askingShowsTheAnswerWithItsSourcesBelowTheQuestionBox() {
        WebElement answer = ask(ANSWERABLE);

        assertThat(answer.findElement(By.cssSelector(".answer-text")).getText()).isNotBlank();
        List<WebElement> markers = answer.findElements(By.cssSelector(".answer-text a.cite"));
        List<WebElement> sources = answer.findElements(By.cssSelector("ol.sources > li"));
        assertThat(markers).isNotEmpty();
        assertThat(sources).hasSizeGreaterThanOrEqualTo(1);
        for (WebElement marker : markers) {
            String target = marker.getAttribute("href").replaceAll(".*#", "");
            assertThat(answer.findElements(By.id(target))).as("source item of %s", marker.getText()).hasSize(1);
        }
        WebElement first = sources.get(0);
        assertThat(first.findElement(By.cssSelector(".source-title a")).getText()).isNotBlank();
        assertThat(first.findElement(By.cssSelector(".source-quote")).getText()).isNotBlank();
        assertThat(first.findElement(By.cssSelector(".source-link a")).getAttribute("href")).matches(".*/articles/[^/#]+#p\\d+");
        assertThat(answer.findElements(By.cssSelector(".source-checked time"))).isNotEmpty();
        assertThat(browser.driver().getCurrentUrl()).as("the address becomes the answer's permanent link").matches(".*/answers/[0-9a-f-]{36}");
        assertThat(browser.find("#answer-region").getAttribute("aria-live")).isEqualTo("polite");
    }

    @Test
    void followingACitationLeadsToTheHighlightedPassageInTheArticle() {
        WebElement answer = ask(ANSWERABLE);
        answer.findElement(By.cssSelector("a.cite")).click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("#source-1");

        WebElement passageLink = browser.find("#source-1 .source-link a");
        String passageId = passageLink.getAttribute("href").replaceAll(".*#", "");
        passageLink.click();
        WebElement passage = browser.waitFor("#" + passageId);

        assertThat(browser.driver().getCurrentUrl()).contains("/articles/").endsWith("#" + passageId);
        assertThat(browser.script("return document.querySelector(':target').id")).isEqualTo(passageId);
        assertThat(passage.getCssValue("background-color")).as("highlighted").isNotIn("rgba(0, 0, 0, 0)", "transparent");
        assertThat((Boolean) browser.script("""
                const r = arguments[0].getBoundingClientRect();
                return r.top >= 0 && r.top < window.innerHeight;""", passage)).as("scrolled into view").isTrue();
        assertThat(browser.script("return document.activeElement.id")).as("focused for screen readers").isEqualTo(passageId);
    }

    @Test
    void anUnanswerableQuestionShowsTheNoAnswerTextAndArticlesToReadNotAnAnswer() throws Exception {
        WebElement answer = ask(OFF_THE_ARTICLES);
        String noAnswer = Files.readString(Path.of("prompts/no-answer.txt")).strip();

        assertThat(answer.findElement(By.cssSelector(".no-answer")).getText()).isEqualTo(noAnswer);
        assertThat(answer.findElements(By.cssSelector("a.cite, ol.sources"))).isEmpty();
        WebElement suggestions = answer.findElement(By.cssSelector(".suggestions"));
        assertThat(suggestions.findElement(By.tagName("h3")).getText()).isEqualTo("Articles you may find useful");
        assertThat(suggestions.findElements(By.cssSelector("li a"))).isNotEmpty()
                .allSatisfy(a -> assertThat(a.getAttribute("href")).contains("/articles/"));
    }

    @Test
    void markupInAQuestionIsShownAsTextAndNeverRuns() {
        String question = "<script>window.injected = true</script><b>Bold</b> What is the 287(g) program?";
        WebElement answer = ask(question);

        assertThat(answer.findElement(By.cssSelector(".asked-question")).getText()).isEqualTo(question);
        assertThat(answer.findElements(By.cssSelector(".asked-question *"))).isEmpty();
        assertThat(browser.script("return window.injected === undefined")).isEqualTo(true);

        browser.open(browser.driver().getCurrentUrl());
        assertThat(browser.find(".asked-question").getText()).isEqualTo(question);
        assertThat(browser.script("return window.injected === undefined")).isEqualTo(true);
    }

    @Test
    void feedbackIsRecordedWithTheAnswerForTheEditors() {
        ask(ANSWERABLE);
        UUID answerId = UUID.fromString(browser.driver().getCurrentUrl().replaceAll(".*/answers/", ""));
        answersGivenFeedback.add(answerId);

        browser.find(".feedback-form input[name=helpful][value=no]").click();
        browser.waitFor(".feedback-details fieldset.reasons");
        browser.find(".feedback-form input[name=reason][value=outdated]").click();
        browser.find(".feedback-form textarea[name=comment]").sendKeys("The numbers changed last month.");
        browser.find(".feedback-form button[type=submit]").click();
        WebElement thanks = browser.waitFor(".feedback-thanks");

        assertThat(thanks.getText()).startsWith("Thank you");
        List<Feedback> stored = QuarkusTransaction.requiringNew().call(() -> Feedback.ofAnswer(answerId));
        assertThat(stored).singleElement().satisfies(f -> {
            assertThat(f.helpful).isFalse();
            assertThat(f.reason).isEqualTo("outdated");
            assertThat(f.comment).isEqualTo("The numbers changed last month.");
        });
    }

    @Test
    void thePermanentLinkShowsTheSameAnswerSourcesAndDateLater() {
        WebElement answer = ask(ANSWERABLE);
        String text = answer.findElement(By.cssSelector(".answer-text")).getText();
        List<String> sources = answer.findElements(By.cssSelector("ol.sources > li")).stream().map(WebElement::getText).toList();
        String asked = answer.findElement(By.cssSelector(".answer-meta time")).getAttribute("datetime");
        String permalink = answer.findElement(By.cssSelector("a.permalink")).getAttribute("href");

        browser.open(url("/"));
        browser.open(permalink);

        assertThat(browser.find(".answer-text").getText()).isEqualTo(text);
        assertThat(browser.driver().findElements(By.cssSelector("ol.sources > li")).stream().map(WebElement::getText)).containsExactlyElementsOf(sources);
        assertThat(browser.find(".answer-meta time").getAttribute("datetime")).isEqualTo(asked);
        assertThat(browser.find("#question").getAttribute("value")).isEqualTo(ANSWERABLE);
    }

    @Test
    void theLengthCounterFollowsTheQuestionBox() {
        browser.open(url("/"));
        browser.find("#question").sendKeys("Is it true?");

        assertThat(browser.find("#question-count").getText()).isEqualTo("11 of 1,000 characters");
        assertThat(browser.find("#question").getAttribute("aria-describedby")).contains("question-count");
    }

    @Test
    void aReaderCanAskAndReadByKeyboardAlone() {
        browser.open(url("/"));
        Actions keys = new Actions(browser.driver());
        keys.sendKeys(Keys.TAB).perform();
        assertThat(browser.script("return document.activeElement.className")).as("the skip link comes first").isEqualTo("skip-link");

        WebElement focused = tabUntil("question");
        focused.sendKeys(ANSWERABLE);
        WebElement button = tabUntilSelector(".ask-form button");
        assertThat(button.getCssValue("outline-style")).as("focus is visible").isNotEqualTo("none");
        button.sendKeys(Keys.ENTER);
        browser.waitFor("#answer-region .answer");

        WebElement marker = tabUntilSelector("a.cite");
        marker.sendKeys(Keys.ENTER);
        assertThat(browser.driver().getCurrentUrl()).endsWith("#source-1");
    }

    @Test
    void withoutJavaScriptTheFormStillAsksAndShowsTheAnswerPage() {
        try (Browser plain = Browser.withoutJavaScript()) {
            plain.open(url("/"));
            plain.find("#question").sendKeys(ANSWERABLE);
            plain.find(".ask-form button[type=submit]").click();
            WebElement answer = plain.waitFor(".answer");

            assertThat(plain.driver().getCurrentUrl()).matches(".*/answers/[0-9a-f-]{36}");
            assertThat(answer.findElements(By.cssSelector("a.cite"))).isNotEmpty();
            assertThat(answer.findElements(By.cssSelector("ol.sources > li"))).isNotEmpty();
        }
    }

    @Test
    void thePagesFitA360PixelPhone() {
        browser.viewport(PHONE_WIDTH, PHONE_HEIGHT);
        browser.open(url("/"));
        assertFitsWidth(PHONE_WIDTH);
        browser.screenshot("ask-360");

        ask(ANSWERABLE);
        assertFitsWidth(PHONE_WIDTH);
        browser.screenshot("answer-360");

        browser.find("#source-1 .source-link a").click();
        browser.waitFor(".passage:target");
        assertFitsWidth(PHONE_WIDTH);
        browser.screenshot("article-360");

        assertThat(Browser.SCREENSHOTS.resolve("ask-360.png")).isNotEmptyFile();
    }

    @Test
    void thePagesFitA1280PixelDesktop() {
        browser.viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        browser.open(url("/"));
        assertFitsWidth(DESKTOP_WIDTH);
        assertThat(browser.find(".sidebar").getLocation().getX()).as("the note stands beside the question box")
                .isGreaterThan(browser.find("#question").getLocation().getX() + browser.find("#question").getSize().getWidth());
        browser.screenshot("ask-1280");

        ask(ANSWERABLE);
        assertFitsWidth(DESKTOP_WIDTH);
        browser.screenshot("answer-1280");

        browser.find("#source-1 .source-link a").click();
        browser.waitFor(".passage:target");
        assertFitsWidth(DESKTOP_WIDTH);
        browser.screenshot("article-1280");

        ask(OFF_THE_ARTICLES);
        browser.screenshot("unknown-1280");

        assertThat(Browser.SCREENSHOTS.resolve("ask-1280.png")).isNotEmptyFile();
    }

    private void assertFitsWidth(int width) {
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling at %d px", width).isLessThanOrEqualTo(width);
    }

    private WebElement tabUntil(String id) {
        return tabUntilSelector("#" + id);
    }

    /** Presses Tab until the element is focused, as a keyboard user would; fails if it never is. */
    private WebElement tabUntilSelector(String css) {
        int stops = 0;
        Actions keys = new Actions(browser.driver());
        while (!(Boolean) browser.script("return document.activeElement.matches(arguments[0])", css)) {
            assertThat(++stops).as("%s is reachable by Tab", css).isLessThan(60);
            keys.sendKeys(Keys.TAB).perform();
        }
        return new WebDriverWait(browser.driver(), Browser.WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    }
}
