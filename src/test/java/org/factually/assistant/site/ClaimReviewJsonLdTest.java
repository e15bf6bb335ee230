package org.factually.assistant.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.factually.assistant.articles.Article;
import org.factually.assistant.articles.ClaimReview;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The ClaimReview JSON-LD's link to the fact check, with and without the site's public address configured. */
class ClaimReviewJsonLdTest {

    private final ObjectMapper mapper = new ObjectMapper();

    // PolitiFact's check pf-6200 in ../shared/datasets/politifact-claims/corpus, as ingestion stores it.
    private static Article article() {
        Article a = new Article();
        a.id = "pf-6200";
        a.title = "Fact check: The Medicaid expansion is going to cost Florida $1.9 billion a year.";
        return a;
    }

    private static ClaimReview review() {
        ClaimReview r = new ClaimReview();
        r.articleId = "pf-6200";
        r.claim = "The Medicaid expansion is going to cost Florida $1.9 billion a year.";
        r.claimant = "Rick Scott";
        r.publisher = "PolitiFact";
        r.verdict = "False";
        r.ratingValue = BigDecimal.valueOf(2);
        r.bestRating = BigDecimal.valueOf(6);
        r.worstRating = BigDecimal.ONE;
        r.source = ClaimReview.METADATA;
        return r;
    }

    private JsonNode jsonLd(Optional<URI> publicUrl) throws Exception {
        return mapper.readTree(new ClaimReviewJsonLd(mapper, publicUrl).of(article(), List.of(review()), "Factually").getValue());
    }

    @Test
    void withThePublicAddressConfiguredTheFactCheckIsLinkedAbsolutely() throws Exception {
        JsonNode ld = jsonLd(Optional.of(URI.create("https://factually.example/")));

        assertThat(ld.get("url").asText()).isEqualTo("https://factually.example/articles/pf-6200");
        assertThat(ld.at("/reviewRating/alternateName").asText()).isEqualTo("False");
    }

    @Test
    void withoutItTheLinkIsTheArticlePageRelativeToThePage() throws Exception {
        assertThat(jsonLd(Optional.empty()).get("url").asText()).isEqualTo("/articles/pf-6200");
    }
}
