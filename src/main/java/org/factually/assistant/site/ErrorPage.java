package org.factually.assistant.site;

/** A page that says what went wrong in the reader's terms; the template titles it by status. */
public record ErrorPage(int status, String message) {
}
