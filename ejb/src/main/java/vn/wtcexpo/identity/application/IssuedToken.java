package vn.wtcexpo.identity.application;

/** A token just created: {@code secret} is shown once and stored nowhere. */
public record IssuedToken(TokenSummary token, String secret) {
}
