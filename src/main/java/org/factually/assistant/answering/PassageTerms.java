package org.factually.assistant.answering;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A passage's sentences (in the article's order) and the stems of each, of the passage with its heading, and of what
 * the passage is about (its heading), which its sentences need not repeat.
 */
record PassageTerms(Set<String> stems, List<Sentence> sentences, Set<String> about) {

    /**
     * The stems a sentence may lean on for what it is about: its own, the sentence before it ("It took $40.8m" after
     * the one that names the film) and its passage's heading. Not the article's title: it often holds the one detail a
     * question asks and no sentence gives ("Blair 'said he would stand down'").
     */
    Set<String> leanedOn(Sentence sentence) {
        Set<String> out = new HashSet<>(sentence.stems());
        if (sentence.ordinal() > 0) {
            out.addAll(sentences.get(sentence.ordinal() - 1).stems());
        }
        out.addAll(about);
        return out;
    }

    /** A sentence with its stems in its own order ({@code inOrder}: what stands by what) and as a set. */
    record Sentence(int ordinal, String text, int words, List<String> inOrder, Set<String> stems) {
    }
}
