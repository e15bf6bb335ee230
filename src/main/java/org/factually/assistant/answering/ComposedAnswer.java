package org.factually.assistant.answering;

import java.util.List;

/** An answer's text, each sentence followed by the {@code [ref]} of its citation, and those citations. */
public record ComposedAnswer(String text, List<StoredCitation> citations) {
}
