package org.factually.assistant.articles;

import org.factually.assistant.articles.admin.ArticleAdminService;
import org.factually.assistant.PartnerApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.factually.assistant.Newsroom;
import org.factually.assistant.answering.AnswerRecord;
import org.factually.assistant.articles.Article;
import org.factually.assistant.articles.Passage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

/** Editors list, upload, replace and withdraw articles, through the API and the pages. */
@QuarkusTest
class ArticleManagementTest {

    private static final String ID = "test-glacier-monitoring";
    private static final String QUESTION = "How many glaciers does the alpine monitoring network track?";

    @Inject
    ArticleAdminService articles;

    private Instant started;

    @BeforeEach
    void accounts() {
        started = Instant.now();
        Newsroom.ensureAccounts();
    }

    @AfterEach
    void removeTheTestArticleAndAnswers() {
        QuarkusTransaction.requiringNew().run(() -> {
            AnswerRecord.delete("createdAt >= ?1", started);
            Article.deleteById(ID);
        });
    }

    private static String article(String count) {
        return """
                {"id": "%s", "title": "Fact check: How many glaciers does the alpine monitoring network track?",
                 "checkedOn": "2025-10-01",
                 "sections": [{"heading": "The network", "text": "The alpine monitoring network tracks %s glaciers across four countries, according to its 2025 annual report."}]}
                """.formatted(ID, count);
    }

    private static Response upload(String json) {
        return given().auth().preemptive().basic(Newsroom.EDITOR, Newsroom.PASSWORD)
                .contentType(ContentType.JSON).queryParam("filename", ID + ".json").body(json).post("/api/v1/articles");
    }

    private static JsonPath ask() {
        return given().spec(PartnerApi.withKey()).contentType(ContentType.JSON).body(Map.of("question", QUESTION)).post("/api/v1/answers")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anEditorUploadsAJsonArticleThroughTheApiAndItAnswersAtOnce() {
        upload(article("173")).then().statusCode(201)
                .body("articleId", equalTo(ID)).body("outcome", equalTo("added"));
        JsonPath answer = ask();
        assertThat(answer.getString("status")).isEqualTo("answered");
        assertThat(answer.getString("answer")).contains("173 glaciers");
    }

    @Test
    void uploadingTheSameIdAgainReplacesTheArticle() {
        upload(article("173")).then().statusCode(201);
        upload(article("181")).then().statusCode(200).body("outcome", equalTo("updated"));
        assertThat(ask().getString("answer")).contains("181 glaciers").doesNotContain("173");
    }

    @Test
    void aMalformedUploadIsRefusedWithTheReasonAndChangesNothing() {
        Response refused = upload("{\"id\": \"" + ID + "\", \"sections\": []}");
        refused.then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-article"))
                .body("detail", equalTo(ID + ".json: \"title\" is missing or blank"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(ID))).isNull();
    }

    @Test
    void anUploadWithoutAFileNameIsRefused() {
        given().auth().preemptive().basic(Newsroom.EDITOR, Newsroom.PASSWORD).contentType(ContentType.JSON).body(article("173"))
                .post("/api/v1/articles").then().statusCode(400).body("type", equalTo("/problems/file-name-required"));
    }

    @Test
    void theListShowsEachArticleWithItsStateAndPassageCount() {
        upload(article("173")).then().statusCode(201);
        assertThat(articles.list()).filteredOn(a -> a.id().equals(ID)).singleElement().satisfies(a -> {
            assertThat(a.passages()).isEqualTo(2);
            assertThat(a.state()).isEqualTo("published");
        });
        String page = Newsroom.login(Newsroom.EDITOR).given().get("/editor/articles").then().statusCode(200).extract().asString();
        assertThat(page).contains("Fact check: How many glaciers does the alpine monitoring network track?").contains(ID);
    }

    @Test
    void withdrawingAnArticleStopsItsPassagesBeingEvidenceAtOnce() {
        upload(article("173")).then().statusCode(201);
        assertThat(ask().getString("status")).isEqualTo("answered");

        Newsroom.Session editor = Newsroom.login(Newsroom.EDITOR);
        assertThat(editor.submit("/editor/articles/" + ID + "/withdraw").statusCode()).isEqualTo(303);

        assertThat(QuarkusTransaction.requiringNew().call(() -> Passage.count("articleId", ID))).isZero();
        assertThat(ask().getString("status")).isEqualTo("unknown");
        assertThat(articles.list()).filteredOn(a -> a.id().equals(ID)).singleElement()
                .satisfies(a -> assertThat(a.state()).isEqualTo("withdrawn"))
                .satisfies(a -> assertThat(a.passages()).isZero());
    }

    @Test
    void aReviewedAnswerCitingAWithdrawnArticleLeavesPublication() {
        upload(article("173")).then().statusCode(201);
        String draft = ask().getString("id");
        Newsroom.Session editor = Newsroom.login(Newsroom.EDITOR);
        editor.submit("/editor/answers/" + draft + "/approve");
        assertThat(ask().getString("reviewed.by")).isEqualTo("newsroom");

        editor.submit("/editor/articles/" + ID + "/withdraw");
        AnswerRecord stale = QuarkusTransaction.requiringNew().call(() -> AnswerRecord.<AnswerRecord>findById(UUID.fromString(draft)));
        assertThat(stale.published).isFalse();
        assertThat(stale.staleReason).contains(ID).contains("withdrawn");
        assertThat(ask().getMap("$")).doesNotContainKey("reviewed");
    }

    @Test
    void aWithdrawnArticleComesBackWhenUploadedAgain() {
        upload(article("173")).then().statusCode(201);
        given().auth().preemptive().basic(Newsroom.EDITOR, Newsroom.PASSWORD).contentType(ContentType.JSON).post("/api/v1/articles/" + ID + "/withdraw")
                .then().statusCode(200).body("withdrawnAt", org.hamcrest.Matchers.notNullValue());
        upload(article("173")).then().statusCode(200).body("outcome", equalTo("updated"));
        assertThat(ask().getString("status")).isEqualTo("answered");
    }

    @Test
    void anEditorUploadsTheSitesTextExportThroughThePage() {
        String text = """
                Fact check: How many glaciers does the alpine monitoring network track?
                Checked on October 1, 2025
                Executive Summary
                The alpine monitoring network tracks 173 glaciers across four countries, according to its 2025 annual report.
                """;
        Newsroom.Session editor = Newsroom.login(Newsroom.EDITOR);
        Response uploaded = editor.given().multiPart("file", ID + ".txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart(Newsroom.CSRF_FIELD, editor.csrf()).post("/editor/articles");
        assertThat(uploaded.statusCode()).isEqualTo(303);
        assertThat(uploaded.header("Location")).contains("uploaded=" + ID).contains("outcome=added");
        assertThat(editor.given().get("/editor/articles/" + ID).asString()).contains("173 glaciers");
    }

    @Test
    void aMalformedUploadThroughThePageShowsTheReason() {
        Newsroom.Session editor = Newsroom.login(Newsroom.EDITOR);
        Response refused = editor.given().multiPart("file", "notes.pdf", new byte[]{1, 2, 3}, "application/pdf")
                .multiPart(Newsroom.CSRF_FIELD, editor.csrf()).post("/editor/articles");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("Upload refused").contains("only .txt");
    }

    @Test
    void theArticleApiDoesNotAcceptForms() {
        given().auth().preemptive().basic(Newsroom.EDITOR, Newsroom.PASSWORD).contentType(ContentType.URLENC)
                .formParam("x", "y").queryParam("filename", ID + ".json").post("/api/v1/articles")
                .then().statusCode(anyOf(equalTo(400), equalTo(415)));
    }
}
