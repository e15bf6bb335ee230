package org.factually.assistant.articles;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.factually.assistant.PartnerApi;
import org.factually.assistant.common.Problem;
import org.factually.assistant.articles.Article;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Partners page through the articles and read one with its passages. */
@QuarkusTest
class ArticleApiTest {

    private static final String ARTICLES = "/api/v1/articles";

    private static long stored() {
        return QuarkusTransaction.requiringNew().call(() -> Article.count());
    }

    @Test
    void pagesTogetherListEveryArticleOnce() {
        long total = stored();
        Set<String> seen = new HashSet<>();
        int pages = given().spec(PartnerApi.withKey()).queryParam("size", 2).when().get(ARTICLES)
                .then().statusCode(200).body("totalItems", equalTo((int) total)).extract().path("totalPages");
        for (int page = 0; page < pages; page++) {
            List<String> ids = given().spec(PartnerApi.withKey()).queryParam("size", 2).queryParam("page", page).when().get(ARTICLES)
                    .then().statusCode(200)
                    .body("page", equalTo(page))
                    .body("items.title", everyItem(notNullValue()))
                    .body("items.url", everyItem(startsWith("/articles/")))
                    .extract().path("items.id");
            assertThat(ids).hasSizeLessThanOrEqualTo(2);
            seen.addAll(ids);
        }
        assertThat(seen).hasSize((int) total);
    }

    @Test
    void anArticleComesWithItsPassagesAndCheckedOnDate() {
        String id = given().spec(PartnerApi.withKey()).queryParam("size", 1).when().get(ARTICLES).then().extract().path("items[0].id");
        given().spec(PartnerApi.withKey()).when().get(ARTICLES + "/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("checkedOn", notNullValue())
                .body("passages", not(empty()))
                .body("passages[0].anchor", equalTo("p0"))
                .body("url", equalTo("/articles/" + id));
    }

    @Test
    void anArticleThatDoesNotExistIs404() {
        given().spec(PartnerApi.withKey()).when().get(ARTICLES + "/no-such-article")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void aPageLargerThanAllowedIsRefused() {
        given().spec(PartnerApi.withKey()).queryParam("size", 101).when().get(ARTICLES)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        given().spec(PartnerApi.withKey()).queryParam("page", -1).when().get(ARTICLES)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aPageAfterTheLastIsEmpty() {
        given().spec(PartnerApi.withKey()).queryParam("page", 1000).when().get(ARTICLES)
                .then().statusCode(200).body("items", hasSize(0));
    }
}
