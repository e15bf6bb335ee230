package org.factually.assistant.operations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.factually.assistant.embedding.EmbeddingService;
import org.jboss.logging.Logger;

/** Ready when the in-process embedding model turns a short text into a vector of its dimension. */
@Readiness
@ApplicationScoped
public class EmbeddingReadiness implements HealthCheck {

    @ConfigMapping(prefix = "operations.health")
    public interface HealthConfig {
        /** The text the readiness check embeds. */
        @WithDefault("Is the service ready?")
        String probeText();
    }

    private static final String NAME = "embedding-model";
    private static final Logger LOG = Logger.getLogger(EmbeddingReadiness.class);

    private final EmbeddingService embeddings;
    private final HealthConfig config;

    public EmbeddingReadiness(EmbeddingService embeddings, HealthConfig config) {
        this.embeddings = embeddings;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        long started = System.nanoTime();
        try {
            float[] vector = embeddings.embedQuestion(config.probeText());
            long micros = (System.nanoTime() - started) / 1000;
            boolean whole = vector.length == embeddings.dimension();
            return HealthCheckResponse.named(NAME).status(whole).withData("dimension", vector.length).withData("micros", micros).build();
        } catch (RuntimeException e) {
            LOG.error("the embedding model failed its readiness probe", e);
            return HealthCheckResponse.named(NAME).down().withData("error", "the model could not embed the probe text").build();
        }
    }
}
