package org.factually.assistant.articles;

import org.factually.assistant.common.SentenceSplitter;

import java.util.List;

/**
 * A passage cut from an article's text, with its place in that text and its sentences (offsets into the passage's
 * text); the passage and each sentence are embedded before it is stored.
 */
public record PassageDraft(int position, PassageKind kind, String section, String text, int start, int end,
                           List<SentenceSplitter.Span> sentences) {

    public PassageDraft(int position, PassageKind kind, String section, String text, int start, int end) {
        this(position, kind, section, text, start, end, SentenceSplitter.split(text));
    }

    /** What the model embeds: the heading gives a passage the context its sentences assume. */
    public String embeddingInput() {
        return section == null ? text : section + "\n" + text;
    }

    /** The sentences' texts, in order, as the model embeds them. */
    public List<String> sentenceTexts() {
        return sentences.stream().map(s -> s.of(text)).toList();
    }
}
