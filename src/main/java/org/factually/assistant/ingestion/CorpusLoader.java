package org.factually.assistant.ingestion;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the configured corpus folder when the service starts, before it takes requests. */
@ApplicationScoped
public class CorpusLoader {

    private static final Logger LOG = Logger.getLogger(CorpusLoader.class);

    private final IngestionService ingestion;
    private final CorpusConfig config;

    public CorpusLoader(IngestionService ingestion, CorpusConfig config) {
        this.ingestion = ingestion;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.loadAtStartup()) {
            return;
        }
        if (config.dir().isEmpty()) {
            LOG.warn("corpus.dir (CORPUS_DIR) is not set: no articles are loaded at start-up");
            return;
        }
        for (Path dir : config.dir().get()) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("corpus.dir (CORPUS_DIR) " + dir.toAbsolutePath() + " is not a folder");
            }
        }
        ingestion.ingestDirectories(config.dir().get());
    }
}
