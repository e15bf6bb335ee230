package org.factually.assistant.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Word and pattern lists packaged with the application: one entry a line, "#" starting a comment line. */
public final class ResourceLists {

    private ResourceLists() {
    }

    /** The lines of a classpath resource ("/retrieval/question-stopwords.txt"), stripped, without blanks and comments. */
    public static List<String> entries(String resource) {
        try (InputStream in = ResourceLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
