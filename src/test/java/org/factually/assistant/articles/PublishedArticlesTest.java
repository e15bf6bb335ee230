package org.factually.assistant.articles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.factually.assistant.PartnerApi;
import org.factually.assistant.answering.AnswerRecord;
import org.factually.assistant.articles.admin.ArticleAdminService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A withdrawn article is gone from every read outside the editors' pages; before withdrawal it is in each of them. */
@QuarkusTest
class PublishedArticlesTest {

    // A real PolitiFact check from ../shared, given the newest "checked on" date so that it heads the latest fact checks.
    private static final Path SOURCE = Path.of("../shared/datasets/politifact-claims/corpus/pf-10014.json");
    private static final String ID = "pf-10014";
    private static final String QUESTION = "Is a Providence retiree collecting a $17,000 paycheck a month tax free?";

    @Inject
    ArticleAdminService articles;
    @Inject
    ObjectMapper json;

    private Instant started;

    @BeforeEach
    void uploadTheCheck() throws Exception {
        started = Instant.now();
        ObjectNode article = (ObjectNode) json.readTree(Files.readString(SOURCE));
        article.put("checkedOn", "2099-01-01");
        articles.upload(ID + ".json", json.writeValueAsBytes(article));
    }

    @AfterEach
    void removeIt() {
        QuarkusTransaction.requiringNew().run(() -> {
            AnswerRecord.delete("createdAt >= ?1", started);
            Article.deleteById(ID);
        });
    }

    @Test
    void aWithdrawnArticleLeavesThePartnersArticleList() {
        assertThat(partnerListIds()).contains(ID);
        articles.withdraw(ID);
        assertThat(partnerListIds()).doesNotContain(ID);
    }

    @Test
    void aWithdrawnArticleIsNotFoundInThePartnersArticleApi() {
        given().spec(PartnerApi.withKey()).get("/api/v1/articles/" + ID).then().statusCode(200);
        articles.withdraw(ID);
        given().spec(PartnerApi.withKey()).get("/api/v1/articles/" + ID).then().statusCode(404);
    }

    @Test
    void aWithdrawnArticleLeavesTheReadersLatestFactChecks() {
        assertThat(askPage()).contains("/articles/" + ID + "\"");
        articles.withdraw(ID);
        assertThat(askPage()).doesNotContain("/articles/" + ID + "\"");
    }

    @Test
    void aWithdrawnArticlesPageNoLongerShowsIt() {
        given().get("/articles/" + ID).then().statusCode(200);
        articles.withdraw(ID);
        int status = given().get("/articles/" + ID).then().extract().statusCode();
        assertThat(status).isIn(404, 410);
    }

    @Test
    void aWithdrawnArticleIsNeitherCitedNorSuggested() {
        assertThat(articlesPointedAt(ask())).contains(ID);
        articles.withdraw(ID);
        assertThat(articlesPointedAt(ask())).doesNotContain(ID);
    }

    private static List<String> partnerListIds() {
        return given().spec(PartnerApi.withKey()).queryParam("size", 100).get("/api/v1/articles")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    private static String askPage() {
        return given().get("/").then().statusCode(200).extract().asString();
    }

    private static JsonPath ask() {
        return given().spec(PartnerApi.withKey()).contentType(ContentType.JSON).body(Map.of("question", QUESTION))
                .post("/api/v1/answers").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> articlesPointedAt(JsonPath reply) {
        return Stream.concat(reply.getList("citations.articleId", String.class).stream(),
                reply.getList("suggestions.articleId", String.class).stream()).toList();
    }
}
