package org.factually.assistant.articles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.factually.assistant.PartnerApi;
import org.factually.assistant.answering.ClaimCorpusProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** GET /api/v1/claims and the claim reviews of /api/v1/articles, on the PolitiFact checks beside the site's articles. */
@QuarkusTest
@TestProfile(ClaimCorpusProfile.class)
class ClaimSearchApiTest {

    private static final String FOUND = "claims.find { it.claimReview[0].articleId == 'pf-6200' }";

    @Test
    void aSearchFindsTheReviewedClaimInTheShapeOfClaimsSearch() {
        given().spec(PartnerApi.withKey()).queryParam("q", "Medicaid expansion cost Florida")
                .when().get("/api/v1/claims")
                .then().statusCode(200)
                .body("claims.text", hasItem("The Medicaid expansion is going to cost Florida $1.9 billion a year."))
                .body(FOUND + ".claimant", equalTo("Rick Scott"))
                .body(FOUND + ".claimReview[0].publisher.name", equalTo("PolitiFact"))
                .body(FOUND + ".claimReview[0].textualRating", equalTo("False"))
                .body(FOUND + ".claimReview[0].url", equalTo("/articles/pf-6200"))
                .body(FOUND + ".claimReview[0].title", startsWith("Fact check:"))
                .body("page", equalTo(0));
    }

    @Test
    void aBlankSearchIsAProblem() {
        given().spec(PartnerApi.withKey()).queryParam("q", " ")
                .when().get("/api/v1/claims")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theSearchNeedsThePartnerKey() {
        given().queryParam("q", "Medicaid").when().get("/api/v1/claims").then().statusCode(401);
    }

    @Test
    void anArticleCarriesItsClaimReviews() {
        given().spec(PartnerApi.withKey()).when().get("/api/v1/articles/pf-10024")
                .then().statusCode(200)
                .body("claimReviews[0].verdict", equalTo("Mostly False"))
                .body("claimReviews[0].claimant", equalTo("Dick Cheney"))
                .body("claimReviews[0].source", equalTo("ruling-sentence"));
    }

    @Test
    void theArticleListCarriesTheReviews() {
        given().spec(PartnerApi.withKey()).queryParam("size", 100).when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.claimReviews.flatten().source", hasItem("metadata"));
    }
}
