package vn.wtcexpo.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Accounts;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.ShippedApplication;

/** API tokens, throttled sign-in, password changes and resets, as scripts and people use them. */
@ExtendWith(ShippedApplication.class)
class TokenAndPasswordApiIT {

    private final Api admin = Api.as("admin");

    private static String createToken(Api who, String name) {
        Api.Reply r = who.post("/api/tokens", "{\"name\": \"" + name + "\", \"expiresInDays\": 30}");
        assertEquals(201, r.status(), r.body());
        return r.json().getString("token");
    }

    @Test
    void aBearerToken_actsAsItsAccountWithItsRoles() {
        String user = Accounts.fresh("tok", "ORGANIZER", "organizer-pass-1");
        String token = createToken(Api.as(user, "organizer-pass-1"), "Build server");
        Api bearer = Api.bearer(token);
        assertEquals(200, bearer.get("/api/bookings").status());
        assertEquals(403, bearer.get("/api/accounts").status());
    }

    @Test
    void theTokenList_neverShowsSecrets() {
        String user = Accounts.fresh("tok", "ORGANIZER", "organizer-pass-1");
        Api owner = Api.as(user, "organizer-pass-1");
        String token = createToken(owner, "Partner sync");
        Api.Reply list = owner.get("/api/tokens");
        assertEquals(200, list.status(), list.body());
        assertFalse(list.body().contains(token));
        JsonObject first = list.array().getJsonObject(0);
        assertEquals("Partner sync", first.getString("name"));
        assertFalse(first.containsKey("token") && !first.isNull("token"), first.toString());
    }

    @Test
    void aRevokedToken_stopsAtOnce() {
        String user = Accounts.fresh("tok", "ORGANIZER", "organizer-pass-1");
        Api owner = Api.as(user, "organizer-pass-1");
        Api.Reply created = owner.post("/api/tokens", "{\"name\": \"Old laptop\"}");
        String id = created.json().getString("id");
        Api bearer = Api.bearer(created.json().getString("token"));
        assertEquals(200, bearer.get("/api/bookings").status());
        assertEquals(204, owner.delete("/api/tokens/" + id).status());
        Api.Reply after = bearer.get("/api/bookings");
        assertEquals(401, after.status());
        assertEquals("UNAUTHORIZED", after.json().getString("error"));
    }

    @Test
    void someoneElsesToken_cannotBeRevoked() {
        String owner = Accounts.fresh("tok", "ORGANIZER", "organizer-pass-1");
        String id = Api.as(owner, "organizer-pass-1").post("/api/tokens", "{\"name\": \"Mine\"}").json().getString("id");
        Api.Reply r = Api.as("organizer").delete("/api/tokens/" + id);
        assertEquals(404, r.status(), r.body());
    }

    @Test
    void aDisabledAccountsTokens_stopAtOnce() {
        String user = Accounts.fresh("tok", "ORGANIZER", "organizer-pass-1");
        Api bearer = Api.bearer(createToken(Api.as(user, "organizer-pass-1"), "Script"));
        assertEquals(200, bearer.get("/api/bookings").status());
        assertEquals(200, admin.post("/api/accounts/" + user + "/disable", "").status());
        assertEquals(401, bearer.get("/api/bookings").status());
    }

    @Test
    void anUnknownToken_is401WithTheJsonBody() {
        Api.Reply r = Api.bearer("wtc_not-a-real-token-at-all-0000000000000000").get("/api/bookings");
        assertEquals(401, r.status());
        assertEquals("UNAUTHORIZED", r.json().getString("error"));
    }

    @Test
    void aTokenForMoreThanAYear_isRefused() {
        Api.Reply r = Api.as("organizer").post("/api/tokens", "{\"name\": \"Forever\", \"expiresInDays\": 5000}");
        assertEquals(400, r.status(), r.body());
        assertEquals("TOKEN_DAYS_OUT_OF_RANGE", r.json().getString("error"));
    }

    @Test
    void failedSignIns_areThrottledPerAccount_with429AndRetryAfter() {
        String user = Accounts.fresh("thr", "ORGANIZER", "right-password-1");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Api.as(user, "wrong-" + i).get("/api/bookings").status());
        }
        Api.Reply throttled = Api.as(user, "right-password-1").inLanguage("en").get("/api/bookings");
        assertEquals(429, throttled.status(), throttled.body());
        assertEquals("TOO_MANY_ATTEMPTS", throttled.json().getString("error"));
        assertTrue(Integer.parseInt(throttled.header("Retry-After")) > 0, throttled.toString());
        // other accounts from the same address are not affected
        assertEquals(200, Api.as("organizer").get("/api/bookings").status());
    }

    @Test
    void changingOnesPassword_needsTheCurrentOne_andTheOldOneStopsWorking() {
        String user = Accounts.fresh("pwd", "EXHIBITOR", "first-password-1");
        Api me = Api.as(user, "first-password-1").inLanguage("en");
        Api.Reply wrong = me.post("/api/account/password", "{\"currentPassword\": \"nope\", \"newPassword\": \"second-password-2\"}");
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals("ACCOUNT_PASSWORD_WRONG", wrong.json().getString("error"));
        Api.Reply ok = me.post("/api/account/password", "{\"currentPassword\": \"first-password-1\", \"newPassword\": \"second-password-2\"}");
        assertEquals(204, ok.status(), ok.body());
        assertEquals(401, Api.as(user, "first-password-1").get("/api/tokens").status());
        assertEquals(200, Api.as(user, "second-password-2").get("/api/tokens").status());
    }

    @Test
    void theVenueAdmin_resetsAPassword() {
        String user = Accounts.fresh("rst", "GATE_STAFF", "forgotten-pass-1");
        Api.Reply r = admin.post("/api/accounts/" + user + "/password", "{\"newPassword\": \"brand-new-pass-2\"}");
        assertEquals(204, r.status(), r.body());
        assertEquals(401, Api.as(user, "forgotten-pass-1").get("/api/tokens").status());
        Api.Reply first = Api.as(user, "brand-new-pass-2").get("/api/tokens");
        assertEquals(403, first.status(), "a password the admin chose must be changed first: " + first.body());
        assertEquals("PASSWORD_CHANGE_REQUIRED", first.json().getString("error"));
        assertEquals(204, Api.as(user, "brand-new-pass-2").post("/api/account/password",
                "{\"currentPassword\": \"brand-new-pass-2\", \"newPassword\": \"my-own-pass-3\"}").status());
        assertEquals(200, Api.as(user, "my-own-pass-3").get("/api/tokens").status());
    }

    @Test
    void aShortNewPassword_isRefused() {
        Api.Reply r = admin.post("/api/accounts/organizer/password", "{\"newPassword\": \"short\"}");
        assertEquals(400, r.status(), r.body());
        assertEquals("ACCOUNT_PASSWORD_TOO_SHORT", r.json().getString("error"));
    }

    @Test
    void aBearerToken_cannotMakeTokens_only403() {
        String user = Accounts.fresh("tok", "ORGANIZER", "organizer-pass-1");
        Api bearer = Api.bearer(createToken(Api.as(user, "organizer-pass-1"), "Leaked"));
        Api.Reply r = bearer.post("/api/tokens", "{\"name\": \"Heir\", \"expiresInDays\": 366}");
        assertEquals(403, r.status(), r.body());
        assertEquals("TOKEN_NEEDS_PASSWORD", r.json().getString("error"));
        assertFalse(r.body().contains("wtc_"), r.body());
    }

    @Test
    void aPasswordReset_byTheAdmin_revokesTheAccountsTokens() {
        String user = Accounts.fresh("rst", "ORGANIZER", "forgotten-pass-1");
        Api bearer = Api.bearer(createToken(Api.as(user, "forgotten-pass-1"), "Script"));
        assertEquals(200, bearer.get("/api/bookings").status());
        assertEquals(204, admin.post("/api/accounts/" + user + "/password", "{\"newPassword\": \"brand-new-pass-2\"}").status());
        assertEquals(401, bearer.get("/api/bookings").status());
    }

    @Test
    void changingOnesPassword_revokesTheTokensWhenAsked_andOnlyThen() {
        String user = Accounts.fresh("pwd", "ORGANIZER", "first-password-1");
        Api kept = Api.bearer(createToken(Api.as(user, "first-password-1"), "Kept"));
        assertEquals(204, Api.as(user, "first-password-1").post("/api/account/password",
                "{\"currentPassword\": \"first-password-1\", \"newPassword\": \"second-password-2\"}").status());
        assertEquals(200, kept.get("/api/bookings").status(), "not asked: the token stays");
        assertEquals(204, Api.as(user, "second-password-2").post("/api/account/password",
                "{\"currentPassword\": \"second-password-2\", \"newPassword\": \"third-password-3\", \"revokeTokens\": true}").status());
        assertEquals(401, kept.get("/api/bookings").status(), "asked: the token is revoked");
    }
}
