package org.factually.assistant.answering;

/**
 * The partner key the current question is asked with, recorded with its answer; told by the partner package, which
 * admits the keys.
 */
public interface AskingKey {

    /** The admitted key's id, or null when no partner key was admitted for the current request (the reader pages). */
    Long keyId();
}
