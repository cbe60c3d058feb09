package vn.wtcexpo.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.ShippedApplication;

/** The venue admin creates and disables accounts; a disabled account can no longer sign in. */
@ExtendWith(ShippedApplication.class)
class AccountApiIT {

    private final Api admin = Api.as("admin");

    private static String username() {
        return "user" + Long.toString(System.nanoTime() % 10_000_000L, 36);
    }

    private Api.Reply create(String username, String password) {
        return admin.post("/api/accounts", """
                {"username": "%s", "fullName": "Võ Thị Hạnh", "email": "%s@example.vn",
                 "roles": ["ORGANIZER"], "password": "%s"}
                """.formatted(username, username, password));
    }

    @Test
    void createdAccount_canSignIn() {
        String u = username();
        Api.Reply r = create(u, "mật-khẩu-dài-2027");
        assertEquals(201, r.status(), r.body());
        assertFalse(r.json().containsKey("password"));
        assertEquals(200, Api.as(u, "mật-khẩu-dài-2027").get("/api/halls").status());
    }

    @Test
    void disabledAccount_cannotSignIn() {
        String u = username();
        create(u, "secret-password-1");
        assertEquals(200, admin.post("/api/accounts/" + u + "/disable", "{}").status());
        Api.Reply r = Api.as(u, "secret-password-1").get("/api/halls");
        assertEquals(401, r.status(), r.body());
    }

    @Test
    void reenabledAccount_canSignInAgain() {
        String u = username();
        create(u, "secret-password-1");
        admin.post("/api/accounts/" + u + "/disable", "{}");
        admin.post("/api/accounts/" + u + "/enable", "{}");
        assertEquals(200, Api.as(u, "secret-password-1").get("/api/halls").status());
    }

    @Test
    void shortPassword_is400() {
        Api.Reply r = create(username(), "short");
        assertEquals(400, r.status(), r.body());
        assertEquals("ACCOUNT_PASSWORD_TOO_SHORT", r.json().getString("error"));
    }

    @Test
    void takenUsername_is409() {
        String u = username();
        create(u, "secret-password-1");
        Api.Reply r = create(u, "secret-password-2");
        assertEquals(409, r.status(), r.body());
        assertEquals("ACCOUNT_USERNAME_TAKEN", r.json().getString("error"));
    }

    @Test
    void adminDisablingThemselves_is409() {
        Api.Reply r = admin.post("/api/accounts/admin/disable", "{}");
        assertEquals(409, r.status(), r.body());
        assertEquals("ACCOUNT_CANNOT_DISABLE_SELF", r.json().getString("error"));
    }

    @Test
    void accounts_asOrganizer_is403() {
        assertEquals(403, Api.as("organizer").get("/api/accounts").status());
    }

    @Test
    void oversizedBody_is413WithJsonBody() {
        Api.Reply r = admin.postExpectingContinue("/api/accounts", "{\"username\": \"" + "x".repeat(300 * 1024) + "\"}");
        assertEquals(413, r.status());
        assertEquals("PAYLOAD_TOO_LARGE", r.json().getString("error"));
    }
}
