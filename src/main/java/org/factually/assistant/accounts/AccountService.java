package org.factually.assistant.accounts;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.factually.assistant.common.HttpStatus;
import org.factually.assistant.common.ProblemException;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Newsroom accounts: password checks for login, the first admin at start-up, and accounts created by admins. */
@ApplicationScoped
@Transactional
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,63}");
    // bcrypt reads at most 72 bytes of a password; a longer one would be silently cut.
    private static final int MAX_PASSWORD_BYTES = 72;

    private final AccountsConfig config;
    private final PasswordPolicy passwords;
    private final StaffSessions sessions;
    // Checked when the user does not exist, so that a wrong user name takes as long as a wrong password.
    private final String decoyHash;

    public AccountService(AccountsConfig config, PasswordPolicy passwords, StaffSessions sessions) {
        this.config = config;
        this.passwords = passwords;
        this.sessions = sessions;
        this.decoyHash = BcryptUtil.bcryptHash("decoy password that matches no account", config.bcryptCost());
    }

    void createFirstAdmin(@Observes StartupEvent event) {
        if (EditorUser.count("role", Roles.ADMIN) > 0) {
            return;
        }
        if (config.firstAdminUsername().isEmpty() || config.firstAdminPassword().isEmpty()) {
            LOG.warn("no admin account exists: set ADMIN_USER and ADMIN_PASSWORD to create the first one at start-up");
            return;
        }
        try {
            create(config.firstAdminUsername().get(), config.firstAdminPassword().get(), Roles.ADMIN);
        } catch (ProblemException e) {
            throw new IllegalStateException("ADMIN_USER / ADMIN_PASSWORD cannot make the first admin: " + e.getMessage());
        }
        LOG.infof("created the first admin account '%s'", config.firstAdminUsername().get());
    }

    /** The account's role when the password is right and the account is not disabled. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> verify(String username, String password) {
        Optional<EditorUser> user = EditorUser.byUsername(username);
        String hash = user.map(u -> u.passwordHash).orElse(decoyHash);
        boolean matches = BcryptUtil.matches(password, hash);
        return user.filter(u -> matches && u.disabledAt == null).map(u -> u.role);
    }

    /** The role of an account that logged in earlier, if the account still exists and is not disabled. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> roleOf(String username) {
        return EditorUser.byUsername(username).filter(u -> u.disabledAt == null).map(u -> u.role);
    }

    /** Disables the account: it can no longer log in, and its open sessions end at once. */
    public Account disable(String username, String actor) {
        if (username.equals(actor)) {
            throw new ProblemException(409, "own-account", "Conflict", "An admin cannot disable their own account.");
        }
        EditorUser user = existing(username);
        if (user.disabledAt == null) {
            user.disabledAt = Instant.now();
        }
        sessions.endAll(username);
        LOG.infof("account '%s' disabled by '%s'", username, actor);
        return Account.of(user);
    }

    public Account enable(String username, String actor) {
        EditorUser user = existing(username);
        user.disabledAt = null;
        LOG.infof("account '%s' enabled by '%s'", username, actor);
        return Account.of(user);
    }

    public Account changeRole(String username, String role, String actor) {
        checkRole(role);
        if (username.equals(actor) && !Roles.ADMIN.equals(role)) {
            throw new ProblemException(409, "own-account", "Conflict", "An admin cannot take the admin role from their own account.");
        }
        EditorUser user = existing(username);
        user.role = role;
        LOG.infof("account '%s' given role %s by '%s'", username, role, actor);
        return Account.of(user);
    }

    /** Sets a new password; every open session of the account ends, so whoever had the old one is out. */
    public Account resetPassword(String username, String password, String actor) {
        EditorUser user = existing(username);
        checkPassword(username, password);
        user.passwordHash = BcryptUtil.bcryptHash(password, config.bcryptCost());
        sessions.endAll(username);
        LOG.infof("password of account '%s' reset by '%s'", username, actor);
        return Account.of(user);
    }

    public Account create(String username, String password, String role) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw ProblemException.badRequest("invalid-username",
                    "username: 2 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
        checkPassword(name, password);
        checkRole(role);
        if (EditorUser.byUsername(name).isPresent()) {
            throw new ProblemException(HttpStatus.CONFLICT, "username-taken", "Conflict", "An account named '" + name + "' already exists.");
        }
        EditorUser user = new EditorUser();
        user.username = name;
        user.passwordHash = BcryptUtil.bcryptHash(password, config.bcryptCost());
        user.role = role;
        user.createdAt = Instant.now();
        user.persist();
        return Account.of(user);
    }

    private void checkPassword(String username, String password) {
        if (password == null || password.length() < config.minPasswordLength()) {
            throw ProblemException.badRequest("weak-password", "password: at least " + config.minPasswordLength() + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw ProblemException.badRequest("invalid-password", "password: at most " + MAX_PASSWORD_BYTES + " bytes");
        }
        if (passwords.isGuessable(password, username)) {
            throw ProblemException.badRequest("weak-password",
                    "password: too easy to guess (a common password, one repeated character, or the user name); choose another");
        }
    }

    private static void checkRole(String role) {
        if (!Roles.ALL.contains(role)) {
            throw ProblemException.badRequest("invalid-role", "role: one of " + String.join(", ", Roles.ALL));
        }
    }

    private static EditorUser existing(String username) {
        return EditorUser.byUsername(username == null ? "" : username)
                .orElseThrow(() -> ProblemException.notFound("No account named '" + username + "'."));
    }

    /** The user names of the accounts that may review answers (editors and admins, not disabled): who can be assigned a draft. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> reviewers() {
        return EditorUser.<EditorUser>list("disabledAt is null and role in ?1 order by username", List.of(Roles.EDITOR, Roles.ADMIN))
                .stream().map(u -> u.username).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> list() {
        return EditorUser.<EditorUser>list("order by username").stream().map(Account::of).toList();
    }
}
