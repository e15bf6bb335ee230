package org.factually.assistant.site;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.factually.assistant.articles.Article;
import org.factually.assistant.articles.CorpusChanged;
import org.factually.assistant.ingestion.IngestionService;
import org.factually.assistant.articles.ArticleLinks;
import org.factually.assistant.articles.Passage;
import org.factually.assistant.articles.PassageKind;
import org.factually.assistant.articles.RelatedQuestion;
import org.factually.assistant.Newsroom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The reader pages as plain HTTP sees them (curl, crawlers, browsers without JavaScript). */
@QuarkusTest
class SitePagesTest {

    private static final String ANSWERABLE = "Can local police refuse to cooperate with ICE?";
    private static final String SCRIPT_QUESTION = "<script>alert(1)</script> What is the 287(g) program?";
    // Checked on November 7, 2025, with five follow-up questions.
    private static final String ARTICLE = "004_a42ff53911dc357a";

    @Inject
    IngestionService ingestion;

    @Inject
    Event<CorpusChanged> corpusChanged;

    @TestHTTPResource("/ask")
    URI ask;

    @Test
    void aReadersFormSentByAClientAskingForHttp2IsAnswered() throws Exception {
        String token = given().get("/").cookie(Newsroom.CSRF_COOKIE);
        HttpRequest form = HttpRequest.newBuilder(ask).header("Content-Type", ReaderForm.FORM)
                .header("Cookie", Newsroom.CSRF_COOKIE + "=" + token)
                .POST(HttpRequest.BodyPublishers.ofString(Newsroom.CSRF_FIELD + "=" + token
                        + "&question=Can+local+police+refuse+to+cooperate+with+ICE%3F")).build();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        // The first request on a connection asks for the upgrade (h2c); the second would travel on HTTP/2 had it been granted.
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> reply = http.send(form, HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).isEqualTo(303);
            assertThat(reply.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).matches(".*/answers/[0-9a-f-]{36}"));
        }
    }

    private static String askByForm(String question) {
        String location = ReaderForm.given().formParam("question", question)
                .when().post("/ask")
                .then().statusCode(303).extract().header("Location");
        assertThat(location).matches(".*/answers/[0-9a-f-]{36}");
        return location.replaceAll("^https?://[^/]+", "");
    }

    private static Document page(String path, int status) {
        Response response = given().redirects().follow(false).when().get(path);
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("text/html").contains("charset=UTF-8");
        return Html.parse(response.asString());
    }

    private static String noAnswerText() throws IOException {
        return Files.readString(Path.of("prompts/no-answer.txt")).strip();
    }

    @Test
    void theAskPageHasALabelledQuestionBoxALengthCounterAndALiveAnswerRegion() {
        Document page = page("/", 200);

        Element box = page.selectFirst("form[action=/ask][method=post] textarea#question[name=question]");
        assertThat(box).isNotNull();
        assertThat(page.selectFirst("label[for=question]").text()).isEqualTo("Your question");
        assertThat(box.attr("maxlength")).isEqualTo("1000");
        assertThat(box.attr("aria-describedby")).contains("question-count");
        assertThat(page.selectFirst("#question-count").text()).isEqualTo("0 of 1,000 characters");
        assertThat(page.selectFirst("#answer-region").attr("aria-live")).isEqualTo("polite");
        assertThat(page.select(".sidebar .note p").text()).contains("published fact checks");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("meta[name=viewport]")).isNotEmpty();
    }

    @Test
    void theAskPageListsTheLatestFactChecksMostRecentlyCheckedFirst() {
        Document page = page("/", 200);

        assertThat(page.select(".latest-main li a").eachAttr("href")).hasSize(5).allMatch(h -> h.startsWith("/articles/"));
        assertThat(page.select(".latest-main li time").eachAttr("datetime")).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void pagesLoadNothingFromOutsideTheService() {
        Document page = page("/", 200);

        assertThat(page.select("script[src], link[href]")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.hasAttr("src") ? e.attr("src") : e.attr("href")).startsWith("/"));
        assertThat(page.select("script:not([src])")).as("no inline script").isEmpty();
        given().when().get("/").then().header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'"));
    }

    @Test
    void thePageNeverCallsThePartnerApi() throws IOException {
        try (InputStream script = getClass().getResourceAsStream("/META-INF/resources/site.js")) {
            assertThat(new String(script.readAllBytes(), StandardCharsets.UTF_8)).doesNotContain("/api/");
        }
        assertThat(page("/", 200).select("form").eachAttr("action")).noneMatch(a -> a.startsWith("/api/"));
    }

    @Test
    void askingByFormLandsOnTheAnswersPageWithItsSources() {
        Document page = page(askByForm(ANSWERABLE), 200);

        Element answer = page.selectFirst("#answer-region .answer");
        assertThat(answer.selectFirst(".asked-question").text()).isEqualTo(ANSWERABLE);
        assertThat(page.selectFirst("#question").text()).as("the question stays in the box").isEqualTo(ANSWERABLE);
        assertThat(answer.select(".answer-text a.cite")).isNotEmpty()
                .allSatisfy(a -> assertThat(answer.select(a.attr("href"))).as(a.attr("href")).hasSize(1));
        Element source = answer.selectFirst("ol.sources > li#source-1");
        assertThat(source.selectFirst(".source-title a").attr("href")).startsWith("/articles/");
        assertThat(source.selectFirst(".source-title a").text()).isNotBlank();
        assertThat(source.selectFirst(".source-section").text()).startsWith("Section: ");
        assertThat(source.selectFirst("blockquote.source-quote").text()).isNotBlank();
        assertThat(source.selectFirst(".source-link a").attr("href")).matches("/articles/[^#]+#p\\d+");
        assertThat(answer.select(".source-checked time").eachAttr("datetime")).allMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(answer.selectFirst(".answer-meta time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(answer.selectFirst("form.feedback-form").attr("action")).endsWith("/feedback");
    }

    @Test
    void aQuestionWithMarkupIsEscapedOnItsPage() {
        String body = given().when().get(askByForm(SCRIPT_QUESTION)).then().statusCode(200).extract().asString();

        assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt; What is the 287(g) program?");
        assertThat(body).doesNotContain("<script>alert");
        assertThat(Html.parse(body).selectFirst(".asked-question").text()).isEqualTo(SCRIPT_QUESTION);
    }

    @Test
    void aQuestionWithMarkupIsEscapedInTheAnswerRegionTheScriptInserts() {
        Response reply = given().contentType(ContentType.JSON).body(Map.of("question", SCRIPT_QUESTION))
                .when().post("/site/answers");

        assertThat(reply.statusCode()).isEqualTo(201);
        String html = reply.path("html");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(reply.header("Location")).endsWith((String) reply.path("permalink"));
        assertThat((String) reply.path("permalink")).isEqualTo("/answers/" + reply.path("id"));
    }

    @Test
    void aQuestionTheServiceCannotTakeComesBackWithTheReasonAtTheBox() {
        Response response = ReaderForm.given().formParam("question", "<b></b>").when().post("/ask");

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Html.parse(response.asString());
        assertThat(page.selectFirst("#question").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#question").attr("aria-describedby")).contains("question-error");
        assertThat(page.selectFirst("#question-error").text()).startsWith("Please type your question");
        assertThat(page.selectFirst("#question").text()).isEqualTo("<b></b>");
    }

    @Test
    void anUnansweredQuestionShowsTheNoAnswerTextAndArticlesToReadNotAnAnswer() throws IOException {
        Document page = page(askByForm("What is the salary of a deputized 287(g) officer?"), 200);

        Element answer = page.selectFirst(".answer");
        assertThat(answer.selectFirst(".no-answer").text()).isEqualTo(noAnswerText());
        assertThat(answer.select(".cite, .sources, .answer-text")).isEmpty();
        assertThat(answer.selectFirst(".suggestions h3").text()).isEqualTo("Articles you may find useful");
        assertThat(answer.select(".suggestions li a").eachAttr("href")).isNotEmpty().allMatch(h -> h.startsWith("/articles/"));
    }

    @Test
    void aQuestionNoArticleComesNearStillPointsToArticlesToBrowse() throws IOException {
        Document page = page(askByForm("How do I bake sourdough bread?"), 200);

        assertThat(page.selectFirst(".no-answer").text()).isEqualTo(noAnswerText());
        assertThat(page.selectFirst(".answer .suggestions h3").text()).isEqualTo("Latest fact checks");
        assertThat(page.select(".answer .suggestions li a")).isNotEmpty();
    }

    @Test
    void theArticlePageShowsTheArticleWithAnAnchorOnEveryPassage() {
        Document page = page("/articles/" + ARTICLE, 200);
        record Stored(Article article, List<Passage> passages, List<RelatedQuestion> related) {
        }
        Stored stored = QuarkusTransaction.requiringNew().call(() -> new Stored(Article.findById(ARTICLE),
                Passage.ofArticle(ARTICLE), RelatedQuestion.ofArticle(ARTICLE)));

        assertThat(page.selectFirst("h1").text()).isEqualTo(stored.article().title);
        for (Passage p : stored.passages()) {
            Element anchored = page.getElementById(ArticleLinks.anchor(p.position));
            assertThat(anchored).as("anchor of passage %d", p.position).isNotNull();
            if (p.kind != PassageKind.TITLE) {
                assertThat(anchored.text()).isEqualTo(p.text.replaceAll("\\s+", " ").strip());
            }
        }
        assertThat(page.select("h2").eachText()).contains("Executive Summary");
        assertThat(stored.related()).isNotEmpty();
        assertThat(page.select(".follow-ups li a").eachText()).containsExactlyElementsOf(stored.related().stream().map(q -> q.question).toList());
        assertThat(page.select(".follow-ups li a").eachAttr("href")).allMatch(h -> h.startsWith("/ask?q="));
    }

    @Test
    void theArticlePageShowsTheCheckedOnDate() {
        Document page = page("/articles/" + ARTICLE, 200);

        assertThat(page.selectFirst(".article-meta").text()).isEqualTo("Checked on November 7, 2025");
        assertThat(page.selectFirst(".article-meta time").attr("datetime")).isEqualTo("2025-11-07");
    }

    @Test
    void aFollowUpQuestionLinkAsksIt() {
        String link = page("/articles/" + ARTICLE, 200).select(".follow-ups li a").first().attr("href");
        String location = given().urlEncodingEnabled(false).redirects().follow(false).when().get(link).then().statusCode(303).extract().header("Location");
        String question = page("/articles/" + ARTICLE, 200).select(".follow-ups li a").first().text();

        assertThat(page(location.replaceAll("^https?://[^/]+", ""), 200).selectFirst(".asked-question").text()).isEqualTo(question);
    }

    @Test
    void markupInAnArticleIsShownAsText() {
        String text = """
                Fact check: Does <script>alert("article")</script> markup in an article run?
                Checked on October 5, 2025
                Executive Summary
                An article may quote markup such as <img src=x onerror=alert(1)> and it must show as text.
                1. The <b>quoted</b> heading
                Readers see <i>tags</i> as they were written, never as part of the page.
                """;
        IngestionService.FileResult result = ingestion.ingest("zz-site-markup-test.txt", text.getBytes(StandardCharsets.UTF_8));
        try {
            String body = given().when().get("/articles/" + result.articleId()).then().statusCode(200).extract().asString();

            assertThat(body).contains("&lt;script&gt;alert(&quot;article&quot;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
                    "The &lt;b&gt;quoted&lt;/b&gt; heading");
            assertThat(body).doesNotContain("<script>alert", "<img src=x", "<b>quoted");
            Document page = Html.parse(body);
            assertThat(page.selectFirst("h1").text()).isEqualTo("Fact check: Does <script>alert(\"article\")</script> markup in an article run?");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Article.deleteById(result.articleId()));
            corpusChanged.fire(new CorpusChanged(1));
        }
    }

    @Test
    void anUnknownArticleIsAPageSayingSo() throws IOException {
        Document page = page("/articles/no-such-article", 404);

        assertThat(page.selectFirst("h1").text()).isEqualTo("We couldn't find that page");
        assertThat(page.selectFirst(".lede").text()).isEqualTo(Files.readString(Path.of("prompts/site-article-not-found.txt")).strip());
    }

    @Test
    void anUnknownAnswerIsAPageSayingSo() throws IOException {
        String text = Files.readString(Path.of("prompts/site-answer-not-found.txt")).strip();

        assertThat(page("/answers/00000000-0000-0000-0000-000000000000", 404).selectFirst(".lede").text()).isEqualTo(text);
        assertThat(page("/answers/not-an-id", 404).selectFirst(".lede").text()).isEqualTo(text);
    }

    @Test
    void aQuestionInAnyLanguageKeepsItsCharacters() {
        String question = "¿Qué hace ICE con la policía local? — «287(g)»";

        assertThat(page(askByForm(question), 200).selectFirst(".asked-question").text()).isEqualTo(question);
    }
}
