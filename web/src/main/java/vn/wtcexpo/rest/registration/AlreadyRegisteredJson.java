package vn.wtcexpo.rest.registration;

/** The answer to an online registration of an e-mail that has a badge already: its status, and nothing else. */
public record AlreadyRegisteredJson(String status) {
}
