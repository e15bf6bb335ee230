package org.factually.assistant.review;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.articles.ArticleChanging;
import org.factually.assistant.common.Prompts;
import org.factually.assistant.feedback.NegativeFeedback;

import java.time.LocalDate;

/** The notices editors read on a reviewed answer that went back to the queue, from {@code prompts/review-stale-*.txt}. */
@Startup
@ApplicationScoped
public class ReviewTexts {

    private final String changed;
    private final String withdrawn;
    private final String feedback;
    private final String editedLabel;
    private final String offTopic;

    public ReviewTexts(Prompts.PromptsConfig config) {
        this.changed = Prompts.load(config.dir(), "review-stale-changed.txt");
        this.withdrawn = Prompts.load(config.dir(), "review-stale-withdrawn.txt");
        this.feedback = Prompts.load(config.dir(), "review-stale-feedback.txt");
        this.editedLabel = Prompts.load(config.dir(), "site-answer-kind-edited.txt");
        this.offTopic = Prompts.load(config.dir(), "review-off-topic.txt");
    }

    /** The reason recorded on an answer marked off-topic. */
    public String offTopic() {
        return offTopic;
    }

    /** The label readers see above an edited answer (the reader page's own text), for the correction's preview. */
    public String editedLabel(String on) {
        return editedLabel.replace("{date}", on);
    }

    /** Why a published answer went back to the queue after a reader's negative feedback; {date}, {reason}, {comment}. */
    public String feedbackReason(NegativeFeedback given, String on) {
        return feedback.replace("{date}", on)
                .replace("{reason}", given.reason() == null ? "none given" : given.reason())
                .replace("{comment}", given.comment() == null ? "none" : "\u201c" + given.comment() + "\u201d");
    }

    /** Why answers citing an article went back to the queue; {title}, {id} and {date} are filled in. */
    public String staleReason(ArticleChanging change, LocalDate on) {
        String template = change.change() == ArticleChanging.Change.WITHDRAWN ? withdrawn : changed;
        return template.replace("{title}", change.title()).replace("{id}", change.articleId()).replace("{date}", on.toString());
    }
}
