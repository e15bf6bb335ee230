package org.factually.assistant.answering;

import java.util.List;
import java.util.Set;

/** A passage's sentences (in the article's order) and the stems of each, and of the passage with its heading. */
record PassageTerms(Set<String> stems, List<Sentence> sentences) {

    record Sentence(int ordinal, String text, int words, Set<String> stems) {
    }
}
