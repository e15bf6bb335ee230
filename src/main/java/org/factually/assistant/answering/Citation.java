package org.factually.assistant.answering;

import java.time.LocalDate;

/**
 * A passage an answer cites as {@code [ref]}: the exact passage text, its character range in the article
 * text, and the link to it on the article page.
 */
public record Citation(int ref, String articleId, String title, String section, LocalDate checkedOn,
                       String quote, int start, int end, String url, long passageId, int position) {
}
