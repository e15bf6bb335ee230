package org.factually.assistant.ingestion;

/** Fired after articles were added, replaced or removed, for whatever derives from the whole corpus. */
public record CorpusChanged(int articlesChanged) {
}
