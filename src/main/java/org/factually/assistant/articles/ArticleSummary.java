package org.factually.assistant.articles;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** An article in a list. */
@Schema(description = "A fact-check article in a list.")
public record ArticleSummary(
        @Schema(example = "can-local-police-refuse-ice") String id,
        @Schema(example = "Can local police refuse to cooperate with ICE?") String title,
        @Schema(description = "The day the article's facts were last checked") LocalDate checkedOn,
        @Schema(description = "The article's page on this service's site, as in citations", example = "/articles/can-local-police-refuse-ice") String url,
        @Schema(description = "Where the article was first published, when known") String sourceUrl) {
}
