package org.factually.assistant.ingestion;

import org.factually.assistant.SharedCorpus;
import org.factually.assistant.articles.ClaimDraft;
import org.factually.assistant.articles.ClaimReview;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimReviewParsingTest {

    private final ArticleFileReader reader = new ArticleFileReader(new TextExportParser(),
            new JsonArticleParser(new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules()));

    private ParsedArticle read(String name) throws Exception {
        return reader.read(name, Files.readAllBytes(SharedCorpus.CLAIMS_DIR.resolve(name)));
    }

    private ParsedArticle readJson(String json) throws MalformedArticleException {
        return reader.read("x.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static String article(String claimReview) {
        return "{\"id\": \"x\", \"title\": \"Fact check: a claim\", \"sections\": [{\"heading\": \"What we found\", "
                + "\"text\": \"The figure is wrong.\"}], \"claimReview\": " + claimReview + "}";
    }

    private static final String REVIEW = """
            {"@type": "ClaimReview", "claimReviewed": "Taxes doubled.", "author": {"name": "PolitiFact"},
             "itemReviewed": {"author": {"name": "Jane Roe"}, "appearance": "a debate", "datePublished": "2015-03-01"},
             "reviewRating": {"alternateName": "False", "ratingValue": 2, "bestRating": 6, "worstRating": 1},
             "datePublished": "2015-03-04T10:00:00Z", "url": "https://example.org/x"}""";

    @Test
    void aSingleClaimReviewObjectIsReadWithItsVerdictRatingAndClaimant() throws Exception {
        ParsedArticle a = read("pf-10014.json");
        assertThat(a.claims()).singleElement().satisfies(c -> {
            assertThat(c.claim()).isEqualTo("We have a retiree that is collecting a $17,000 paycheck a month . . . tax free.");
            assertThat(c.claimant()).isEqualTo("Jorge Elorza");
            assertThat(c.appearance()).isEqualTo("a Providence Journal-WPRI debate");
            assertThat(c.publisher()).isEqualTo("PolitiFact");
            assertThat(c.verdict()).isEqualTo("True");
            assertThat(c.ratingValue()).isEqualByComparingTo("6");
            assertThat(c.bestRating()).isEqualByComparingTo("6");
            assertThat(c.worstRating()).isEqualByComparingTo("1");
            assertThat(c.source()).isEqualTo(ClaimReview.METADATA);
        });
    }

    @Test
    void anArrayOfClaimReviewsGivesOneClaimEach() throws Exception {
        ParsedArticle a = readJson(article("[" + REVIEW + ", " + REVIEW.replace("Taxes doubled.", "Taxes tripled.") + "]"));
        assertThat(a.claims()).extracting(ClaimDraft::claim).containsExactly("Taxes doubled.", "Taxes tripled.");
        assertThat(a.claims().get(0).claimDate()).hasToString("2015-03-01");
        assertThat(a.claims().get(0).reviewDate()).hasToString("2015-03-04");
    }

    @Test
    void aClaimReviewWithoutClaimReviewedFailsTheFileWithTheReason() {
        assertThatThrownBy(() -> readJson(article(REVIEW.replace("\"claimReviewed\": \"Taxes doubled.\",", ""))))
                .isInstanceOf(MalformedArticleException.class).hasMessageContaining("claimReview.claimReviewed");
    }

    @Test
    void aClaimReviewWithoutARatingFailsTheFileWithTheReason() {
        assertThatThrownBy(() -> readJson(article("{\"claimReviewed\": \"Taxes doubled.\"}")))
                .isInstanceOf(MalformedArticleException.class).hasMessageContaining("reviewRating.alternateName");
    }

    @Test
    void aRatingValueThatIsNoNumberFailsTheFile() {
        assertThatThrownBy(() -> readJson(article(REVIEW.replace("\"ratingValue\": 2", "\"ratingValue\": true"))))
                .isInstanceOf(MalformedArticleException.class).hasMessageContaining("claimReview.reviewRating.ratingValue");
    }

    @Test
    void aClaimReviewedThatIsNoStringFailsTheFile() {
        assertThatThrownBy(() -> readJson(article(REVIEW.replace("\"Taxes doubled.\"", "[\"Taxes doubled.\"]"))))
                .isInstanceOf(MalformedArticleException.class).hasMessageContaining("must be a string");
    }

    @Test
    void aNumericStringRatingIsAcceptedAsSchemaOrgAllows() throws Exception {
        ParsedArticle a = readJson(article(REVIEW.replace("\"ratingValue\": 2", "\"ratingValue\": \"2\"")));
        assertThat(a.claims().get(0).ratingValue()).isEqualByComparingTo(BigDecimal.valueOf(2));
    }

    @Test
    void aTextExportsRulingSentenceGivesTheVerdictTheClaimAndItsClaimant() throws Exception {
        ParsedArticle a = read("pf-10024.txt");
        assertThat(a.claims()).singleElement().satisfies(c -> {
            assertThat(c.claim()).isEqualTo("We have four combat-ready brigades out of 40 in the U.S. Army.");
            assertThat(c.claimant()).isEqualTo("Dick Cheney");
            assertThat(c.appearance()).isEqualTo("a broadcast of \"Hannity\" on Fox News");
            assertThat(c.verdict()).isEqualTo("Mostly False");
            assertThat(c.rulingSentence()).isEqualTo("We rate this claim Mostly False.");
            assertThat(c.ratingValue()).isNull();
            assertThat(c.source()).isEqualTo(ClaimReview.RULING_SENTENCE);
        });
    }

    @Test
    void otherRulingFormsAreRead() throws Exception {
        for (String ruling : List.of("Our ruling: Half True", "Verdict: Pants on Fire.")) {
            ParsedArticle a = reader.read("y.txt", ("Fact check: Taxes doubled last year.\n\nExecutive Summary\n\n"
                    + "Jane Roe said in a speech: \u201cTaxes doubled last year.\u201d\n\n1. Our ruling\n\n" + ruling + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(a.claims()).singleElement().satisfies(c -> {
                assertThat(c.claim()).isEqualTo("Taxes doubled last year.");
                assertThat(c.claimant()).isEqualTo("Jane Roe");
                assertThat(c.verdict()).isIn("Half True", "Pants on Fire");
            });
        }
    }

    @Test
    void theSitesOwnArticlesReviewNoClaim() throws Exception {
        for (Path file : SharedCorpus.files()) {
            assertThat(reader.read(file.getFileName().toString(), SharedCorpus.bytes(file)).claims()).isEmpty();
        }
    }

    @Test
    void everyPolitifactArticleReviewsExactlyOneClaim() throws Exception {
        try (var files = Files.list(SharedCorpus.CLAIMS_DIR)) {
            for (Path file : files.toList()) {
                assertThat(reader.read(file.getFileName().toString(), Files.readAllBytes(file)).claims())
                        .as(file.getFileName().toString()).hasSize(1);
            }
        }
    }
}
