package org.factually.assistant.articles;

import java.time.LocalDate;
import java.util.List;

/**
 * An article ready to be stored: its fields, its text laid out as one body, the passages cut from that body
 * (offsets into it), and its follow-up questions.
 */
public record ArticleContent(String id, String title, String question, LocalDate checkedOn, String url, String summary,
                             String body, List<PassageDraft> passages, List<String> related) {
}
