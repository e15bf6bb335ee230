package org.factually.assistant.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The texts readers see that are not quoted from articles: each feature reads its own once at start-up from
 * {@code prompts/} (or from the copy packaged in the jar when the folder is not beside the service).
 */
public final class Prompts {

    @ConfigMapping(prefix = "prompts")
    public interface PromptsConfig {
        /** Folder of prompt and answer-text files; the packaged copy is used when it does not exist. */
        @WithDefault("prompts")
        Path dir();
    }

    private Prompts() {
    }

    /** Reads one text of the prompts folder, falling back to the copy packaged under {@code /prompts/}. */
    public static String load(Path dir, String name) {
        try {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            try (InputStream in = Prompts.class.getResourceAsStream("/prompts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("prompt " + name + " is neither in " + dir.toAbsolutePath() + " nor packaged");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
