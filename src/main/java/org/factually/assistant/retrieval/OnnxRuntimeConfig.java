package org.factually.assistant.retrieval;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Threads of the ONNX runtime session that runs the embedding model. Questions arrive concurrently, one
 * inference per request thread, so each inference runs on one thread and never spins waiting for work:
 * ONNX's default (an intra-op pool as large as the machine, spinning) oversubscribes the cores as soon as two
 * requests embed at once and lengthens p95 (see chroma-core/chroma#6941). Measured in README, "Benchmark".
 */
@ConfigMapping(prefix = "embedding.onnx")
public interface OnnxRuntimeConfig {

    /** Threads one inference may use; 1 suits concurrent requests, more only lowers the latency of a lone client. */
    @WithDefault("1")
    int intraOpThreads();

    /** Threads running independent branches of the model graph in parallel; the BERT graph is a chain, so 1. */
    @WithDefault("1")
    int interOpThreads();

    /** Whether idle ONNX threads spin for work instead of sleeping; spinning burns the cores other requests need. */
    @WithDefault("false")
    boolean allowSpinning();
}
