package vn.wtcexpo.identity.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Text;

/**
 * A person who signs in: venue staff, an organizer, an exhibitor or gate staff. The password is kept
 * only as a PBKDF2 hash; a disabled account cannot sign in (the identity store only reads enabled ones).
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "UserAccount.email", query = "select u.email from UserAccount u where u.username = :username")
@NamedQuery(name = "UserAccount.all", query = "select u from UserAccount u order by u.username")
@NamedQuery(name = "UserAccount.countWithRole",
        query = "select count(u) from UserAccount u join u.roles r where r = :role and u.enabled = true")
public class UserAccount {

    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final int MIN_PASSWORD_LENGTH = 8;
    public static final int MAX_PASSWORD_LENGTH = 200;

    @Id
    @Column(length = 32)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false, length = 100)
    private String fullName;

    @Column(length = 200)
    private String email;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the password last changed or the account was disabled: sessions signed in before it end. */
    @Column(name = "credentials_changed_at", nullable = false)
    private Instant credentialsChangedAt;

    /** A password someone else chose (the generated first admin's): changed at the first sign-in, before all else. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Version
    private long version;

    protected UserAccount() {
    }

    /**
     * @param passwordHash the hash of a password that was already checked
     */
    public UserAccount(String username, String fullName, String email, Collection<Role> roles, String passwordHash) {
        String u = username == null ? "" : username.strip().toLowerCase();
        if (!USERNAME.matcher(u).matches()) {
            throw DomainException.invalid("username", "ACCOUNT_USERNAME_INVALID");
        }
        String n = Text.required("fullName", fullName, 100);
        String e = Text.optional("email", email, 200);
        e = e == null ? "" : e;
        if (!e.isEmpty() && !EMAIL.matcher(e).matches()) {
            throw DomainException.invalid("email", "EMAIL_INVALID");
        }
        if (roles == null || roles.isEmpty()) {
            throw DomainException.invalid("roles", "ACCOUNT_ROLE_REQUIRED");
        }
        this.username = u;
        this.fullName = n;
        this.email = e.isEmpty() ? null : e;
        this.roles = EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = Instant.now();
        this.credentialsChangedAt = createdAt;
    }

    /** Refuses a password that is too weak, too long or has characters nobody types. */
    public static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw DomainException.invalid("password", "ACCOUNT_PASSWORD_TOO_SHORT", MIN_PASSWORD_LENGTH);
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw DomainException.invalid("password", "TEXT_TOO_LONG", MAX_PASSWORD_LENGTH);
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            throw DomainException.invalid("password", "TEXT_CONTROL_CHARACTER");
        }
    }

    public void disable() {
        this.enabled = false;
        this.credentialsChangedAt = Instant.now();
    }

    public void enable() {
        this.enabled = true;
    }

    /** Sets a new password hash; sessions signed in before end. */
    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.credentialsChangedAt = Instant.now();
    }

    /** The person changed their own password: a password they were given is theirs no more. */
    public void changeOwnPassword(String newHash) {
        changePassword(newHash);
        this.passwordChangeRequired = false;
    }

    /** The password was chosen by someone else: its owner must change it at the first sign-in. */
    public void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    public boolean passwordChangeRequired() { return passwordChangeRequired; }

    /** Replaces the hash by a stronger one of the same password: nobody is signed out. */
    public void rehash(String strongerHash) {
        this.passwordHash = strongerHash;
    }

    /** Whether {@code password} is this account's; false for a disabled account. */
    public boolean hasPassword(String password) {
        PasswordHash hash = PasswordHash.parse(passwordHash);
        return hash != null && hash.matches(password);
    }

    /** Whether the stored hash was made at a lower cost than today's policy. */
    public boolean hasWeakPasswordHash() {
        PasswordHash hash = PasswordHash.parse(passwordHash);
        return hash == null || hash.isWeakerThanPolicy();
    }

    public String passwordHash() { return passwordHash; }
    public Instant credentialsChangedAt() { return credentialsChangedAt; }

    public String username() { return username; }
    public String fullName() { return fullName; }
    public String email() { return email; }
    public Set<Role> roles() { return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles); }
    public boolean isEnabled() { return enabled; }
    public Instant createdAt() { return createdAt; }
    public boolean has(Role role) { return roles.contains(role); }
}
