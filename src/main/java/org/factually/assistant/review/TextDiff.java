package org.factually.assistant.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A word-by-word difference between two texts (longest common subsequence), for a correction against its draft. */
public final class TextDiff {

    /** A run of words that both texts share, only the old one has (removed), or only the new one has (added). */
    public record Segment(Kind kind, String text) {
        public boolean added() {
            return kind == Kind.ADDED;
        }

        public boolean removed() {
            return kind == Kind.REMOVED;
        }
    }

    public enum Kind { SAME, ADDED, REMOVED }

    private static final Pattern WORDS = Pattern.compile("\\s+");

    private TextDiff() {
    }

    static List<Segment> words(String before, String after) {
        String[] a = before == null || before.isBlank() ? new String[0] : WORDS.split(before.strip());
        String[] b = after == null || after.isBlank() ? new String[0] : WORDS.split(after.strip());
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                add(segments, Kind.SAME, a[i++]);
                j++;
            } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
                add(segments, Kind.ADDED, b[j++]);
            } else {
                add(segments, Kind.REMOVED, a[i++]);
            }
        }
        return segments;
    }

    // Consecutive words of one kind make one segment, so the page marks whole phrases.
    private static void add(List<Segment> segments, Kind kind, String word) {
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == kind) {
            segments.set(last, new Segment(kind, segments.get(last).text() + " " + word));
        } else {
            segments.add(new Segment(kind, word));
        }
    }
}
