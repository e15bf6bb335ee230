package org.factually.assistant.accounts;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses passwords that a length rule lets through but a guesser tries first: those of the bundled list
 * {@code accounts/common-passwords.txt} (case-insensitively), one character repeated, or one holding the user name.
 */
@ApplicationScoped
public class PasswordPolicy {

    private static final String LIST = "accounts/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the application");
            }
            common = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isGuessable(String password, String username) {
        String lower = password.toLowerCase(Locale.ROOT);
        return common.contains(lower)
                || lower.chars().distinct().count() == 1
                || username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT));
    }
}
