package vn.wtcexpo.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.wtcexpo.shared.BearerCredential;
import vn.wtcexpo.shared.Secrets;
import vn.wtcexpo.shared.Text;

/**
 * A bearer token for scripts and partner systems (gate devices have their own, `GateDevice`): {@code Authorization: Bearer <token>}
 * acts as its account with the account's current roles. The token itself is shown once, at creation;
 * only its SHA-256 is stored. A token is 256 random bits, so a fast hash is right here (a password needs
 * a slow one because people choose guessable ones).
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.byHash", query = "select t from ApiToken t where t.credential.tokenHash = :hash")
@NamedQuery(name = "ApiToken.ofAccount",
        query = "select t from ApiToken t where t.username = :username order by t.credential.createdAt desc")
public class ApiToken {

    public static final String PREFIX = "wtc_";
    public static final int MAX_NAME = 100;
    public static final int MAX_DAYS = 366;
    public static final int MAX_LIVE_PER_ACCOUNT = 50;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 32)
    private String username;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Embedded
    private BearerCredential credential;

    protected ApiToken() {
    }

    /** A new token and its secret, which the caller shows once and never stores. */
    public record Issued(ApiToken token, String secret) {
    }

    public static Issued issue(String username, String name, Integer expiresInDays, Instant now) {
        String n = Text.required("name", name, MAX_NAME);
        BearerCredential.Issued issued = BearerCredential.issue(PREFIX, expiresInDays == null ? 90 : expiresInDays,
                MAX_DAYS, now);
        ApiToken t = new ApiToken();
        t.id = UUID.randomUUID().toString();
        t.username = username;
        t.name = n;
        t.credential = issued.credential();
        return new Issued(t, issued.secret());
    }

    /** The stored form of a presented token. */
    public static String hash(String secret) {
        return Secrets.hash(secret);
    }

    public boolean isUsableAt(Instant now) {
        return credential.usableAt(now);
    }

    public void revoke(Instant now) {
        credential.revoke(now);
    }

    public String id() { return id; }
    public String username() { return username; }
    public String name() { return name; }
    public Instant createdAt() { return credential.createdAt(); }
    public Instant expiresAt() { return credential.expiresAt(); }
    public Instant revokedAt() { return credential.revokedAt(); }
}
