package org.factually.assistant.answering;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article near a question the service could not answer: offered to read, never as an answer. When it is suggested
 * beside a claim question that no article checked, {@code checksOtherClaim} is the claim it checks instead, so that
 * readers and partners see it as the check of another claim.
 */
public record SuggestedArticle(String articleId, String title, String url,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String checksOtherClaim) {

    /** An article near the question. */
    public static SuggestedArticle near(String articleId, String title, String url) {
        return new SuggestedArticle(articleId, title, url, null);
    }
}
