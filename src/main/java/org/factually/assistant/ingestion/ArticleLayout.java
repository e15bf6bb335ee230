package org.factually.assistant.ingestion;

import org.factually.assistant.articles.PassageKind;
import org.factually.assistant.articles.PassageDraft;
import org.factually.assistant.common.Dates;
import org.factually.assistant.common.SentenceSplitter;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays an article out as one text (title, date, summary, sections) and cuts it into passages whose
 * offsets point into that text, so that a citation can be shown in its place in the article.
 */
public final class ArticleLayout {

    static final String SUMMARY_HEADING = "Executive Summary";

    private final StringBuilder body = new StringBuilder();
    private final List<PassageDraft> passages = new ArrayList<>();
    private final int maxChars;

    private ArticleLayout(int maxChars) {
        this.maxChars = maxChars;
    }

    public record Laid(String body, List<PassageDraft> passages) {
    }

    public static Laid of(ParsedArticle article, int maxChars) {
        ArticleLayout layout = new ArticleLayout(maxChars);
        String titleBlock = article.checkedOn() == null ? article.title()
                : article.title() + "\nChecked on " + Dates.SITE_DAY.format(article.checkedOn());
        layout.passage(PassageKind.TITLE, null, titleBlock);
        if (article.summary() != null) {
            layout.section(PassageKind.SUMMARY, SUMMARY_HEADING, article.summary());
        }
        for (ParsedArticle.Section s : article.sections()) {
            layout.section(PassageKind.SECTION, s.heading(), s.text());
        }
        return new Laid(layout.body.toString(), List.copyOf(layout.passages));
    }

    private void section(PassageKind kind, String heading, String text) {
        if (heading != null) {
            append(heading);
        }
        for (String paragraph : text.split("\\n+")) {
            if (!paragraph.isBlank()) {
                paragraph(kind, heading, paragraph.strip());
            }
        }
    }

    /**
     * Packs whole sentences into passages of at most {@code maxChars}. A sentence longer than that on its own (a
     * paragraph with no sentence break) is cut at word boundaries, so that no passage exceeds the cap.
     */
    private void paragraph(PassageKind kind, String heading, String paragraph) {
        int offset = append(paragraph);
        int chunkStart = -1;
        int chunkEnd = -1;
        for (SentenceSplitter.Span sentence : SentenceSplitter.split(paragraph)) {
            for (SentenceSplitter.Span s : capped(paragraph, sentence)) {
                if (chunkStart >= 0 && s.end() - chunkStart > maxChars) {
                    add(kind, heading, offset + chunkStart, offset + chunkEnd);
                    chunkStart = -1;
                }
                if (chunkStart < 0) {
                    chunkStart = s.start();
                }
                chunkEnd = s.end();
            }
        }
        if (chunkStart >= 0) {
            add(kind, heading, offset + chunkStart, offset + chunkEnd);
        }
    }

    private void passage(PassageKind kind, String heading, String text) {
        int offset = append(text);
        for (SentenceSplitter.Span s : capped(text, new SentenceSplitter.Span(0, text.length()))) {
            add(kind, heading, offset + s.start(), offset + s.end());
        }
    }

    /** The span itself when it fits the cap; otherwise pieces of it cut after the last space that fits. */
    private List<SentenceSplitter.Span> capped(String text, SentenceSplitter.Span span) {
        List<SentenceSplitter.Span> pieces = new ArrayList<>();
        int start = span.start();
        while (span.end() - start > maxChars) {
            int limit = start + maxChars;
            int cut = limit;
            while (cut > start && !Character.isWhitespace(text.charAt(cut))) {
                cut--;
            }
            if (cut == start) {
                // One word longer than the cap: cut inside it, never between the halves of a surrogate pair.
                cut = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
            }
            int end = cut;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            pieces.add(new SentenceSplitter.Span(start, end));
            start = cut;
            while (start < span.end() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (start < span.end()) {
            pieces.add(new SentenceSplitter.Span(start, span.end()));
        }
        return pieces;
    }

    private void add(PassageKind kind, String heading, int start, int end) {
        passages.add(new PassageDraft(passages.size(), kind, heading, body.substring(start, end), start, end));
    }

    private int append(String text) {
        if (body.length() > 0) {
            body.append("\n\n");
        }
        int offset = body.length();
        body.append(text);
        return offset;
    }
}
