package org.factually.assistant.articles;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of the article list, newest check first. */
@Schema(description = "One page of articles, most recently checked first.")
public record ArticlePage(
        List<ArticleSummary> items,
        @Schema(description = "Page number, from 0", example = "0") int page,
        @Schema(description = "Articles per page", example = "20") int size,
        @Schema(description = "Articles in all pages", example = "412") long totalItems,
        @Schema(example = "21") int totalPages) {
}
