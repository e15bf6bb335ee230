package org.factually.assistant.ingestion;

import jakarta.enterprise.context.ApplicationScoped;

/** How far the start-up load of the corpus folder has got, for readiness and the log. */
@ApplicationScoped
public class IngestionProgress {

    /** A moment's reading: files done of the folder's total, and whether the load has finished. */
    public record Reading(int done, int total, boolean finished) {
    }

    private volatile Reading reading = new Reading(0, 0, false);

    /** Nothing to load (no folder, or loading switched off): ready at once. */
    void none() {
        reading = new Reading(0, 0, true);
    }

    void started(int total) {
        reading = new Reading(0, total, false);
    }

    void fileDone() {
        Reading r = reading;
        reading = new Reading(r.done() + 1, r.total(), false);
    }

    void finished() {
        Reading r = reading;
        reading = new Reading(r.done(), r.total(), true);
    }

    public Reading reading() {
        return reading;
    }
}
