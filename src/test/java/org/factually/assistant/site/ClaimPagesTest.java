package org.factually.assistant.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.factually.assistant.answering.ClaimCorpusProfile;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The article page of a claim check: ClaimReview JSON-LD as Google reads it, and the verdict at the top. */
@QuarkusTest
@TestProfile(ClaimCorpusProfile.class)
class ClaimPagesTest {

    private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    private static JsonNode jsonLd(String articleId) throws Exception {
        String html = given().when().get("/articles/" + articleId).then().statusCode(200).extract().asString();
        Matcher m = JSON_LD.matcher(html);
        assertThat(m.find()).as("a JSON-LD script on the page").isTrue();
        return new ObjectMapper().readTree(m.group(1));
    }

    @Test
    void aClaimReviewedInMetadataHasTheClaimReviewPropertiesGoogleRequires() throws Exception {
        JsonNode ld = jsonLd("pf-6200");
        assertThat(ld.path("@type").asText()).isEqualTo("ClaimReview");
        assertThat(ld.path("claimReviewed").asText()).isEqualTo("The Medicaid expansion is going to cost Florida $1.9 billion a year.");
        assertThat(ld.path("reviewRating").path("alternateName").asText()).isEqualTo("False");
        assertThat(ld.path("reviewRating").path("ratingValue").asInt()).isEqualTo(2);
        assertThat(ld.path("author").path("name").asText()).isEqualTo("PolitiFact");
        assertThat(ld.path("url").asText()).isEqualTo("/articles/pf-6200");
        assertThat(ld.path("itemReviewed").path("author").path("name").asText()).isEqualTo("Rick Scott");
    }

    @Test
    void aClaimRuledOnInTheTextHasJsonLdWithTheSitesNameAsAuthor() throws Exception {
        JsonNode ld = jsonLd("pf-10024");
        assertThat(ld.path("reviewRating").path("alternateName").asText()).isEqualTo("Mostly False");
        assertThat(ld.path("author").path("name").asText()).isEqualTo("Factually");
    }

    @Test
    void theJsonLdCannotCloseItsScript() {
        String html = given().when().get("/articles/pf-10024").then().statusCode(200).extract().asString();
        Matcher m = JSON_LD.matcher(html);
        assertThat(m.find()).isTrue();
        // the claim quotes "Hannity" in the appearance: quotes are JSON escapes, and no '<' stands inside the script
        assertThat(m.group(1)).doesNotContain("<", "&quot;");
    }

    @Test
    void theArticlePageShowsTheVerdictWithItsScaleInWords() {
        String html = given().when().get("/articles/pf-6200").then().statusCode(200).extract().asString();
        assertThat(html).contains("Verdict: <strong>False</strong>", "rated 2 on a scale from 1 (worst) to 6 (best)", "verdict-low");
    }

    @Test
    void theSitesOwnArticlesHaveNoClaimReviewJsonLd() {
        String html = given().when().get("/articles/000_dc335325e3338c34").then().statusCode(200).extract().asString();
        assertThat(html).doesNotContain("application/ld+json");
    }
}
