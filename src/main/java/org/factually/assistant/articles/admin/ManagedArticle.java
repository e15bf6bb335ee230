package org.factually.assistant.articles.admin;

import java.time.Instant;
import java.time.LocalDate;

/** An article as the editors' list shows it: where it came from, when it was ingested, and how many passages are evidence. */
public record ManagedArticle(String id, String title, LocalDate checkedOn, String source, Instant ingestedAt,
                             Instant withdrawnAt, long passages) {

    public String state() {
        return withdrawnAt == null ? "published" : "withdrawn";
    }
}
