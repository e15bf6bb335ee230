package org.factually.assistant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The site's real articles in ../shared, which the tests read as the service does. */
public final class SharedCorpus {

    public static final Path DIR = Path.of("../shared/corpus/factually");
    public static final Path DEV_QUESTIONS = Path.of("../shared/eval/dev-questions.jsonl");
    /** 600 real PolitiFact checks: JSON articles with ClaimReview metadata and text exports with a ruling sentence. */
    public static final Path CLAIMS_DIR = Path.of("../shared/datasets/politifact-claims/corpus");
    public static final Path CLAIM_QUESTIONS = Path.of("../shared/eval/claim-questions.jsonl");

    private SharedCorpus() {
    }

    public static List<Path> files() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Path file) {
        return new String(bytes(file), java.nio.charset.StandardCharsets.UTF_8);
    }
}
