package org.factually.assistant.ingestion;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads the configured corpus folder when the service starts. By default on a thread of its own, so that the HTTP
 * port (and liveness) is up at once while readiness says "ingesting N of M" until the folder is loaded.
 */
@ApplicationScoped
public class CorpusLoader {

    private static final Logger LOG = Logger.getLogger(CorpusLoader.class);

    private final IngestionService ingestion;
    private final IngestionProgress progress;
    private final CorpusConfig config;

    public CorpusLoader(IngestionService ingestion, IngestionProgress progress, CorpusConfig config) {
        this.ingestion = ingestion;
        this.progress = progress;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.loadAtStartup()) {
            progress.none();
            return;
        }
        if (config.dir().isEmpty()) {
            LOG.warn("corpus.dir (CORPUS_DIR) is not set: no articles are loaded at start-up");
            progress.none();
            return;
        }
        List<Path> dirs = config.dir().get();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("corpus.dir (CORPUS_DIR) " + dir.toAbsolutePath() + " is not a folder");
            }
        }
        if (!config.loadInBackground()) {
            ingestion.ingestDirectories(dirs);
            return;
        }
        Thread loader = new Thread(() -> load(dirs), "corpus-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private void load(List<Path> dirs) {
        try {
            ingestion.ingestDirectories(dirs);
        } catch (RuntimeException e) {
            // Files are skipped one by one; this is the folder itself failing (unreadable, no database).
            LOG.errorf("the corpus folders %s could not be loaded: %s", dirs, e.getMessage());
        }
    }
}
