package org.factually.assistant.site;

import io.quarkus.qute.RawString;

import java.util.List;
import java.util.Locale;

/**
 * An article as ingested, laid out for reading: every passage keeps its anchor ({@code p<position>}) so that
 * a citation can point at it; {@code followUps} are the article's own follow-up questions.
 */
public record ArticleView(String id, String title, String titleAnchor, String checkedOn, String checkedOnIso,
                          List<Section> sections, List<FollowUp> followUps, int maxQuestionLength,
                          List<Verdict> verdicts, RawString claimReviewJsonLd) {

    /**
     * A reviewed claim's verdict, shown at the top of the article: {@code tone} (low, middle, high, unrated) places the
     * rating on its scale for the badge's colour; the text says the same in words.
     */
    public record Verdict(String claim, String claimant, String verdict, String ratingValue, String worstRating,
                          String bestRating, String tone) {
    }

    /** Whether the page labels the article a fact check above its title; most titles already say so. */
    public boolean needsKicker() {
        return !title.toLowerCase(Locale.ROOT).startsWith("fact check");
    }

    /** A run of passages under one heading; {@code summary} for the article's executive summary. */
    public record Section(String id, String heading, boolean summary, List<Paragraph> paragraphs) {
    }

    public record Paragraph(List<PassageView> passages) {
    }

    public record PassageView(String anchor, String text) {
    }

    /** A follow-up question and the link that asks it. */
    public record FollowUp(String question, String askUrl) {
    }
}
