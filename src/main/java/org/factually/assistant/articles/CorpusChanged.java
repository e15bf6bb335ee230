package org.factually.assistant.articles;

/** Fired after articles were added, replaced or removed, for whatever derives from the whole corpus. */
public record CorpusChanged(int articlesChanged) {
}
