package org.factually.assistant.ingestion;

/** An article file that cannot be ingested; the message says why, in words an editor can act on. */
public class MalformedArticleException extends Exception {

    public MalformedArticleException(String reason) {
        super(reason);
    }
}
