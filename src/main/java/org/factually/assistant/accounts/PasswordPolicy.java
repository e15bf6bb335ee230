package org.factually.assistant.accounts;

import org.factually.assistant.common.ResourceLists;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses passwords that a length rule lets through but a guesser tries first: those of the bundled list
 * {@code accounts/common-passwords.txt} (case-insensitively), one character repeated, or one holding the user name.
 */
@ApplicationScoped
public class PasswordPolicy {

    private static final String LIST = "/accounts/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        common = ResourceLists.entries(LIST).stream().map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isGuessable(String password, String username) {
        String lower = password.toLowerCase(Locale.ROOT);
        return common.contains(lower)
                || lower.chars().distinct().count() == 1
                || username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT));
    }
}
