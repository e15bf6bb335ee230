package org.factually.assistant.ingestion;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "corpus")
public interface CorpusConfig {

    /**
     * Folders of article files (site text exports {@code .txt} and JSON articles {@code .json}) loaded at start-up,
     * comma-separated ({@code CORPUS_DIR=../shared/corpus/factually,../shared/datasets/politifact-claims/corpus});
     * none loads nothing. An article id must be unique across all of them.
     */
    Optional<List<Path>> dir();

    /** Whether to load {@link #dir()} at start-up. */
    @WithDefault("true")
    boolean loadAtStartup();

    /**
     * Whether that load runs after the HTTP port is open (readiness DOWN "ingesting N of M" meanwhile) rather than
     * before: a large folder takes minutes, during which liveness must answer. Tests load first.
     */
    @WithDefault("true")
    boolean loadInBackground();

    /** Log a progress line after this many files of a large folder. */
    @WithDefault("200")
    int progressEvery();

    /**
     * How many embedded articles may wait for the database writer while the next ones are embedded. One keeps the
     * model and the database busy at once; more only holds more vectors in memory. Measured in README, "Benchmark".
     */
    @WithDefault("1")
    int writesAhead();

    /** Passages are cut at sentence boundaries to at most this many characters (a longer sentence at word boundaries). */
    @WithDefault("600")
    int passageMaxChars();

    /**
     * Longest run of text without a sentence break an article may hold; a file with a longer one (a dump, not prose)
     * is skipped. The longest sentence of the shared corpus has 499 characters; this allows forty times that.
     * Shorter runs over {@link #passageMaxChars()} are cut at word boundaries.
     */
    @WithDefault("20000")
    int maxUnbrokenChars();

    /**
     * Part of every article's content hash: bump it when parsing or passage cutting changes,
     * so that unchanged files are cut again once. (2: claim reviews are read, and every sentence has its own embedding;
     * 3: a decimal cut by a stray space, "$1. 9 billion", no longer ends a sentence.)
     */
    @WithDefault("3")
    String pipelineVersion();
}
