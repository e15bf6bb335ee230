package org.factually.assistant.operations;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.factually.assistant.ingestion.IngestionProgress;

/** Not ready while the corpus folder is still being loaded at start-up: "ingesting N of M". */
@Readiness
@ApplicationScoped
public class CorpusReadiness implements HealthCheck {

    private static final String NAME = "corpus";

    private final IngestionProgress progress;

    public CorpusReadiness(IngestionProgress progress) {
        this.progress = progress;
    }

    @Override
    public HealthCheckResponse call() {
        IngestionProgress.Reading r = progress.reading();
        if (r.finished()) {
            return HealthCheckResponse.named(NAME).up().withData("files", r.total()).build();
        }
        return HealthCheckResponse.named(NAME).down().withData("status", "ingesting " + r.done() + " of " + r.total()).build();
    }
}
