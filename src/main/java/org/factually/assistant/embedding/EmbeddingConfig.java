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
}
