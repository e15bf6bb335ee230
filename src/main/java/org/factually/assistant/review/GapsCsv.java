package org.factually.assistant.review;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The content gaps as CSV (RFC 4180). A cell that a spreadsheet would take for a formula (starting with
 * {@code = + - @}, tab or carriage return) is prefixed with an apostrophe: readers write these questions.
 */
final class GapsCsv {

    private static final String HEADER = "topic,asked,unknown,negative_feedback,first_asked,last_asked,questions";
    private static final String EXAMPLE_SEPARATOR = " | ";

    private GapsCsv() {
    }

    static String of(List<GapTopic> topics) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (GapTopic t : topics) {
            String examples = t.examples().stream().map(e -> e.question() + " (" + e.asked() + ")")
                    .collect(Collectors.joining(EXAMPLE_SEPARATOR));
            csv.append(String.join(",", cell(t.label()), cell(String.valueOf(t.asked())), cell(String.valueOf(t.unknown())),
                    cell(String.valueOf(t.negativeFeedback())), cell(t.firstAsked().toString()), cell(t.lastAsked().toString()),
                    cell(examples))).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0 || !v.equals(v.strip())) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
