package org.factually.assistant.articles;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.factually.assistant.Newsroom;
import org.factually.assistant.PartnerApi;
import org.factually.assistant.answering.AnswerRecord;
import org.factually.assistant.articles.Article;
import org.factually.assistant.articles.Passage;
import org.factually.assistant.site.Html;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Withdrawal is deliberate: it asks for confirmation, can be undone, and the reader's page of the article says it is gone. */
@QuarkusTest
class WithdrawalTest {

    private static final String ID = "test-withdrawal-glaciers";
    private static final String TITLE = "Fact check: How many glaciers does the alpine survey track?";
    private static final String QUESTION = "How many glaciers does the alpine survey track?";

    private Instant started;
    private Newsroom.Session editor;

    @BeforeEach
    void uploadTheArticle() {
        started = Instant.now();
        Newsroom.ensureAccounts();
        editor = Newsroom.login(Newsroom.EDITOR);
        String json = """
                {"id": "%s", "title": "%s", "checkedOn": "2025-10-01",
                 "sections": [{"heading": "The survey", "text": "The alpine survey tracks 212 glaciers across four countries, according to its 2025 annual report."}]}
                """.formatted(ID, TITLE);
        given().auth().preemptive().basic(Newsroom.EDITOR, Newsroom.PASSWORD).contentType(ContentType.JSON)
                .queryParam("filename", ID + ".json").body(json).post("/api/v1/articles").then().statusCode(201);
    }

    @AfterEach
    void removeTheArticleAndAnswers() {
        QuarkusTransaction.requiringNew().run(() -> {
            AnswerRecord.delete("createdAt >= ?1", started);
            Article.deleteById(ID);
        });
    }

    private static List<Long> passageIds() {
        return QuarkusTransaction.requiringNew().call(() -> Passage.<Passage>list("articleId = ?1 order by position", ID).stream()
                .map(p -> p.id).toList());
    }

    private Response withdraw() {
        return editor.submit("/editor/articles/" + ID + "/withdraw", Map.of("confirm", "withdraw"));
    }

    @Test
    void theWithdrawButtonIsNamedForItsArticleAndLeadsToAConfirmation() {
        var list = Html.parse(editor.given().get("/editor/articles").asString());
        var button = list.selectFirst("a[href='/editor/articles/" + ID + "/withdraw']");
        assertThat(button.text()).isEqualTo("Withdraw “" + TITLE + "”");

        var confirm = Html.parse(editor.given().get("/editor/articles/" + ID + "/withdraw").then().statusCode(200).extract().asString());
        assertThat(confirm.selectFirst("h1").text()).isEqualTo("Withdraw “" + TITLE + "”?");
        assertThat(confirm.selectFirst("#confirm-withdraw").text()).isEqualTo("Withdraw “" + TITLE + "”");
        assertThat(confirm.text()).contains("undo");
    }

    @Test
    void aWithdrawFormWithoutTheConfirmationLeadsToTheConfirmationAndWithdrawsNothing() {
        Response r = editor.submit("/editor/articles/" + ID + "/withdraw");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.header("Location")).endsWith("/editor/articles/" + ID + "/withdraw");
        assertThat(passageIds()).isNotEmpty();
    }

    @Test
    void aWithdrawalCanBeUndoneAndThePassagesComeBackWithTheirIds() {
        List<Long> before = passageIds();
        assertThat(withdraw().statusCode()).isEqualTo(303);
        assertThat(passageIds()).isEmpty();
        assertThat(editor.given().get("/editor/articles?withdrawn=" + ID).asString()).contains("id=\"undo-withdrawal\"");

        Response undo = editor.submit("/editor/articles/" + ID + "/restore");

        assertThat(undo.statusCode()).isEqualTo(303);
        assertThat(passageIds()).isEqualTo(before);
        assertThat(PartnerApi.ask(QUESTION).getString("status")).isEqualTo("answered");
    }

    @Test
    void undoingAWithdrawalBringsBackEverySentenceWithItsVector() {
        long before = sentenceVectors();
        assertThat(before).isPositive();
        withdraw();
        assertThat(sentenceVectors()).isZero();
        editor.submit("/editor/articles/" + ID + "/restore");
        assertThat(sentenceVectors()).isEqualTo(before);
    }

    private static long sentenceVectors() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Passage.getEntityManager().createNativeQuery(
                "SELECT count(*) FROM passage_sentence s JOIN passage p ON p.id = s.passage_id WHERE p.article_id = ?1 AND s.embedding IS NOT NULL")
                .setParameter(1, ID).getSingleResult()).longValue());
    }

    @Test
    void undoingAWithdrawalThroughTheApiPublishesTheArticleAgain() {
        withdraw();
        given().auth().preemptive().basic(Newsroom.EDITOR, Newsroom.PASSWORD).contentType(ContentType.JSON)
                .post("/api/v1/articles/" + ID + "/restore").then().statusCode(200).body("withdrawnAt", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void restoringAnArticleThatIsNotWithdrawnIsAConflict() {
        Response r = editor.submit("/editor/articles/" + ID + "/restore");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.asString()).contains("is not withdrawn");
    }

    @Test
    void theReadersPageOfAWithdrawnArticleIsGoneWithTheNewsroomsNotice() throws Exception {
        withdraw();
        String notice = Files.readString(Path.of("prompts/site-article-withdrawn.txt")).strip();

        Response page = given().get("/articles/" + ID);

        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(Html.parse(page.asString()).selectFirst(".lede").text()).isEqualTo(notice);
    }
}
