package org.factually.assistant.review;

import org.factually.assistant.answering.StoredCitation;
import org.factually.assistant.common.Dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A correction as readers would see it once published — the label of an edited answer, the text with its citation
 * markers, the sources — and its word-by-word difference from the draft.
 */
public record CorrectionPreview(String label, List<Part> parts, List<Source> sources, List<TextDiff.Segment> diff) {

    /** A cited passage as the reader page lists it: the day it was checked written as the site writes days. */
    public record Source(String title, String section, String checkedOn, String quote) {
        static Source of(StoredCitation c) {
            return new Source(c.title(), c.section(), Dates.siteDay(c.checkedOn()), c.quote());
        }
    }

    /** A stretch of the answer's text, or (with {@code ref} positive) a citation marker. */
    public record Part(String text, int ref) {
        public boolean marker() {
            return ref > 0;
        }
    }

    private static final Pattern MARKER = Pattern.compile("\\s*\\[(\\d+)\\]");

    static CorrectionPreview of(String label, ReviewService.Correction correction, String draft) {
        List<Part> parts = new ArrayList<>();
        Matcher m = MARKER.matcher(correction.text());
        int from = 0;
        while (m.find()) {
            parts.add(new Part(correction.text().substring(from, m.start()), 0));
            // As the reader page splits an answer: the marker follows its sentence with no space between.
            parts.add(new Part("[" + m.group(1) + "]", Integer.parseInt(m.group(1))));
            from = m.end();
        }
        parts.add(new Part(correction.text().substring(from), 0));
        return new CorrectionPreview(label, parts.stream().filter(p -> !p.text().isEmpty()).toList(), correction.citations().stream().map(Source::of).toList(),
                TextDiff.words(draft, correction.text()));
    }
}
