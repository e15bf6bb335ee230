package org.factually.assistant.review;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.common.Prompts;
import org.factually.assistant.articles.ArticleChanging;

import java.time.LocalDate;

/** The notices editors read on a reviewed answer that went stale, from {@code prompts/review-stale-*.txt}. */
@Startup
@ApplicationScoped
public class ReviewTexts {

    private final String changed;
    private final String withdrawn;

    public ReviewTexts(Prompts.PromptsConfig config) {
        this.changed = Prompts.load(config.dir(), "review-stale-changed.txt");
        this.withdrawn = Prompts.load(config.dir(), "review-stale-withdrawn.txt");
    }

    /** Why answers citing an article went back to the queue; {title}, {id} and {date} are filled in. */
    public String staleReason(ArticleChanging change, LocalDate on) {
        String template = change.change() == ArticleChanging.Change.WITHDRAWN ? withdrawn : changed;
        return template.replace("{title}", change.title()).replace("{id}", change.articleId()).replace("{date}", on.toString());
    }
}
