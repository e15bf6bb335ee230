package org.factually.assistant.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.factually.assistant.articles.Article;
import org.factually.assistant.articles.ArticleLinks;
import org.factually.assistant.articles.ClaimReview;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * schema.org ClaimReview JSON-LD for an article page, as search engines and fact-check tools read it from any
 * fact-checker: {@code claimReviewed}, {@code reviewRating} (with {@code alternateName}), {@code author}, {@code url}.
 */
@ApplicationScoped
public class ClaimReviewJsonLd {

    private final ObjectMapper mapper;
    private final Optional<URI> publicUrl;

    @Inject
    public ClaimReviewJsonLd(ObjectMapper mapper, SiteConfig config) {
        this(mapper, config.publicUrl());
    }

    ClaimReviewJsonLd(ObjectMapper mapper, Optional<URI> publicUrl) {
        this.mapper = mapper;
        this.publicUrl = publicUrl;
    }

    /**
     * The JSON-LD for a {@code <script type="application/ld+json">}, or null when the article reviews no claim. A script
     * element's text is not HTML-escaped by browsers, so it is written raw; '<', '>' and '&' are JSON escapes instead,
     * so no claim text can close the script ("</script>") or open markup.
     */
    public RawString of(Article article, List<ClaimReview> reviews, String publisher) {
        if (reviews.isEmpty()) {
            return null;
        }
        List<Map<String, Object>> items = reviews.stream().map(r -> item(article, r, publisher)).toList();
        try {
            String json = mapper.writeValueAsString(items.size() == 1 ? items.get(0) : items);
            return new RawString(json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD of plain maps always serialises", e);
        }
    }

    private Map<String, Object> item(Article article, ClaimReview r, String publisher) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@context", "https://schema.org");
        item.put("@type", "ClaimReview");
        String link = r.url != null ? r.url : ArticleLinks.article(article.id);
        item.put("url", publicUrl.map(base -> base.resolve(link).toString()).orElse(link));
        item.put("claimReviewed", r.claim);
        item.put("author", Map.of("@type", "Organization", "name", r.publisher != null ? r.publisher : publisher));
        if (r.reviewDate != null || article.checkedOn != null) {
            item.put("datePublished", String.valueOf(r.reviewDate != null ? r.reviewDate : article.checkedOn));
        }
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("alternateName", r.verdict);
        if (r.ratingValue != null) {
            rating.put("ratingValue", r.ratingValue);
            rating.put("bestRating", r.bestRating);
            rating.put("worstRating", r.worstRating);
        }
        item.put("reviewRating", rating);
        if (r.claimant != null || r.appearance != null || r.claimDate != null) {
            Map<String, Object> claim = new LinkedHashMap<>();
            claim.put("@type", "Claim");
            if (r.claimant != null) {
                claim.put("author", Map.of("@type", "Person", "name", r.claimant));
            }
            if (r.appearance != null) {
                claim.put("appearance", r.appearance);
            }
            if (r.claimDate != null) {
                claim.put("datePublished", r.claimDate.toString());
            }
            item.put("itemReviewed", claim);
        }
        return item;
    }
}
