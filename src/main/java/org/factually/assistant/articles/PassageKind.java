package org.factually.assistant.articles;

public enum PassageKind {
    /** The title (the question the article answers) and its "checked on" date: finds the article, never quoted as an answer. */
    TITLE,
    SUMMARY,
    SECTION
}
