package org.factually.assistant.articles;

/** A passage cut from an article's text, with its place in that text; embedded before it is stored. */
public record PassageDraft(int position, PassageKind kind, String section, String text, int start, int end) {

    /** What the model embeds: the heading gives a passage the context its sentences assume. */
    public String embeddingInput() {
        return section == null ? text : section + "\n" + text;
    }
}
