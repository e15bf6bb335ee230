package org.factually.assistant.embedding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How texts are turned into vectors by the in-process bge-small-en-v1.5 model. */
@ConfigMapping(prefix = "embedding")
public interface EmbeddingConfig {

    /** bge-small-en-v1.5's instruction for short queries looking for passages; passages are embedded without it. */
    @WithDefault("Represent this sentence for searching relevant passages: ")
    String queryInstruction();

    /** How many passages are embedded in one call to the model. */
    @WithDefault("32")
    int batchSize();

    /** The ONNX runtime's threads (embedding.onnx.*). */
    Onnx onnx();

    /**
     * Threads of the ONNX runtime session that runs the embedding model. Questions arrive concurrently, one
     * inference per request thread, so each inference runs on one thread and never spins waiting for work:
     * ONNX's default (an intra-op pool as large as the machine, spinning) oversubscribes the cores as soon as two
     * requests embed at once and lengthens p95 (see chroma-core/chroma#6941). Measured in README, "Benchmark".
     */
    interface Onnx {

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
}
