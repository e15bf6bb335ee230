package org.factually.assistant.ingestion;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.util.Optional;

@ConfigMapping(prefix = "corpus")
public interface CorpusConfig {

    /** Folder of article files (site text exports {@code .txt} and JSON articles {@code .json}) loaded at start-up; none loads nothing. */
    Optional<Path> dir();

    /** Whether to load {@link #dir()} at start-up. */
    @WithDefault("true")
    boolean loadAtStartup();

    /** Log a progress line after this many files of a large folder. */
    @WithDefault("200")
    int progressEvery();

    /** Passages are cut at sentence boundaries to at most this many characters (one longer sentence stays whole). */
    @WithDefault("600")
    int passageMaxChars();

    /**
     * Part of every article's content hash: bump it when parsing or passage cutting changes,
     * so that unchanged files are cut again once. (2: every sentence has its own embedding.)
     */
    @WithDefault("2")
    String pipelineVersion();
}
