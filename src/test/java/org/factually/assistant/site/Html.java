package org.factually.assistant.site;

import org.jsoup.nodes.Document;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads a page as a browser's HTML parser does, failing on any parse error (unclosed or stray tags, bad attributes). */
public final class Html {

    private static final int MAX_ERRORS_REPORTED = 20;

    private Html() {
    }

    public static Document parse(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(MAX_ERRORS_REPORTED);
        Document document = parser.parseInput(html, "http://localhost/");
        List<String> errors = parser.getErrors().stream().map(ParseError::toString).toList();
        assertThat(errors).as("HTML parse errors").isEmpty();
        return document;
    }
}
