package org.dramatis.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dramatis.graph.AccountRepository;
import org.dramatis.graph.AccountRepository.AccountRow;
import org.dramatis.model.DramatisException;

/**
 * The workbench's accounts: adding, listing, removing and re-roling them, checking a password, and issuing the API
 * token each account may use instead of a session. Passwords are hashed with Argon2id before they reach the store and
 * tokens with SHA-256; neither is logged nor kept in clear, and the caller's password array is cleared here.
 */
public final class Accounts {
    /** The author of decisions made on a workbench without accounts (one user on loopback). */
    public static final String LOCAL = org.dramatis.graph.DecisionRepository.LOCAL;
    /** Fewest characters a password may have. */
    public static final int MIN_PASSWORD = 8;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository repository;

    /** Made when first needed, so that commands that never check a password do not pay for it. */
    private static final class Dummy {
        /** Spent on an unknown name, so that a failed sign-in takes as long whether or not the account exists. */
        static final String HASH = PasswordHasher.hash("not a password".toCharArray());
    }

    public Accounts(AccountRepository repository) {
        this.repository = repository;
    }

    /** Who is signed in: an account's name and role. */
    public record Account(String name, Role role) {
    }

    /** An account as {@code users list} shows it. */
    public record Listed(String name, Role role, boolean hasToken, String createdAt) {
    }

    /**
     * Adds an account. Refused with the reason when the name is not a plain user name, is taken or is {@value #LOCAL},
     * or when the password is shorter than {@value #MIN_PASSWORD} characters. Clears {@code password}.
     */
    public void add(String name, Role role, char[] password) {
        try {
            checkName(name);
            if (password.length < MIN_PASSWORD) {
                throw new DramatisException("the password for '" + name + "' has " + password.length
                        + " characters; use at least " + MIN_PASSWORD);
            }
            if (!repository.insert(name, role.word(), PasswordHasher.hash(password))) {
                throw new DramatisException("an account named '" + name + "' exists already: choose another name, or"
                        + " change its role with 'dramatis users role'");
            }
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Removes an account; refused for the last admin while other accounts remain. False when there is none. */
    public boolean remove(String name) {
        Optional<AccountRow> row = repository.byName(name);
        if (row.isEmpty()) {
            return false;
        }
        if (isLastAdmin(row.get()) && repository.count(null) > 1) {
            throw new DramatisException("'" + name + "' is the last admin: make another account admin first"
                    + " (dramatis users role NAME --role admin)");
        }
        return repository.delete(name);
    }

    /** Gives an account another role; refused when that would leave no admin. False when there is no such account. */
    public boolean setRole(String name, Role role) {
        Optional<AccountRow> row = repository.byName(name);
        if (row.isEmpty()) {
            return false;
        }
        if (role != Role.ADMIN && isLastAdmin(row.get())) {
            throw new DramatisException("'" + name + "' is the last admin: make another account admin first");
        }
        return repository.setRole(name, role.word());
    }

    /** Every account, by name. */
    public List<Listed> list() {
        return repository.list().stream().map(r -> new Listed(r.name(), Role.parse(r.role()), r.tokenHash() != null,
                r.createdAt())).toList();
    }

    /** A new API token for the account, replacing its previous one; shown once, stored only as its hash. */
    public String newToken(String name) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = "drm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        if (!repository.setTokenHash(name, sha256(token))) {
            throw new DramatisException("no account named '" + name + "' (dramatis users list shows them)");
        }
        return token;
    }

    /** The account whose password this is, or empty. Clears {@code password}. */
    public Optional<Account> check(String name, char[] password) {
        try {
            Optional<AccountRow> row = name == null ? Optional.empty() : repository.byName(name);
            boolean ok = PasswordHasher.verify(password, row.map(AccountRow::passwordHash).orElseGet(() -> Dummy.HASH));
            return ok ? row.map(Accounts::account) : Optional.empty();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The account holding this API token, or empty. */
    public Optional<Account> byToken(String token) {
        return token == null || token.isBlank() ? Optional.empty() : repository.byTokenHash(sha256(token.strip()))
                .map(Accounts::account);
    }

    /** The account by name as it is now (its role may have changed since it signed in), or empty when removed. */
    public Optional<Account> byName(String name) {
        return repository.byName(name).map(Accounts::account);
    }

    /** Whether any account exists: then the workbench asks everyone to sign in. */
    public boolean any() {
        return repository.count(null) > 0;
    }

    /** Whether an admin account exists: a workbench reachable from other machines needs one. */
    public boolean anyAdmin() {
        return repository.count(Role.ADMIN.word()) > 0;
    }

    private boolean isLastAdmin(AccountRow row) {
        return Role.parse(row.role()) == Role.ADMIN && repository.count(Role.ADMIN.word()) == 1;
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new DramatisException("account name '" + name + "' is not allowed: use 1 to 64 letters, digits, '.',"
                    + " '_', '-' or '@', starting with a letter or digit");
        }
        if (name.equals(LOCAL)) {
            throw new DramatisException("'" + LOCAL + "' names the single user of a workbench without accounts:"
                    + " choose another name");
        }
    }

    private static Account account(AccountRow row) {
        return new Account(row.name(), Role.parse(row.role()));
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
