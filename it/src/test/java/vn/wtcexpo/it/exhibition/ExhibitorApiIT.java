package vn.wtcexpo.it.exhibition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Accounts;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.TestFairs;
import vn.wtcexpo.it.support.ShippedApplication;

/**
 * Exhibitor sign-up and profiles. Sign-ups that would open an account are limited to 10 per client
 * address per hour (bad input is refused before it counts): the last test spends the rest, and no test
 * after this class signs up.
 */
@ExtendWith(ShippedApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExhibitorApiIT {

    private static String signUp(String username, String taxCode) {
        return """
                {"companyName": "Công ty Cổ phần Đồ Gỗ Ánh Dương", "taxCode": "%s", "address": "KCN Mỹ Phước, Bến Cát",
                 "contactName": "Trần Thị Ánh", "email": "anh@example.vn", "phone": "+84 274 3812 345",
                 "products": "Bàn ghế gỗ", "categories": ["FURNITURE"], "username": "%s", "password": "mat-khau-dai-2032"}
                """.formatted(taxCode, username);
    }

    @Test
    @Order(1)
    void aCompanySignsUp_andItsAccountActsForIt() {
        String username = "ad" + Long.toString(System.nanoTime() % 100_000_000L, 36);
        // a branch's code, typed in groups as on paper; one no company has signed up with (the database may be reused)
        String code = TestFairs.freshTaxCode();
        Api.Reply r = Api.anonymous().post("/api/exhibitors", signUp(username,
                code.substring(0, 4) + " " + code.substring(4, 7) + " " + code.substring(7) + "-002"));
        assertEquals(201, r.status(), r.body());
        assertEquals(code + "-002", r.json().getString("taxCode"));
        assertFalse(r.body().contains("mat-khau"), "the password never comes back");
        Api.Reply me = Api.as(username, "mat-khau-dai-2032").get("/api/exhibitors/me");
        assertEquals(200, me.status(), me.body());
        assertEquals("Công ty Cổ phần Đồ Gỗ Ánh Dương", me.json().getString("companyName"));
    }

    @Test
    @Order(2)
    void aWrongCheckDigit_isTAX_CODE_INVALID_inBothLanguages() {
        Api.Reply vi = Api.anonymous().post("/api/exhibitors", signUp("bad" + System.nanoTime() % 100000, "0100233480"));
        assertEquals(400, vi.status(), vi.body());
        assertEquals("TAX_CODE_INVALID", vi.json().getString("error"));
        assertTrue(vi.json().getString("message").contains("Mã số thuế"), vi.body());
        assertEquals("taxCode", vi.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        Api.Reply en = Api.anonymous().inLanguage("en").post("/api/exhibitors", signUp("bad" + System.nanoTime() % 100000, "0100233480"));
        assertTrue(en.json().getString("message").contains("tax code"), en.body());
    }

    @Test
    @Order(3)
    void aTakenUsername_is409_andNoCompanyIsLeftBehind() {
        Api.Reply r = Api.anonymous().post("/api/exhibitors", signUp("exhibitor", TestFairs.freshTaxCode()));
        assertEquals(409, r.status(), r.body());
        assertEquals("ACCOUNT_USERNAME_TAKEN", r.json().getString("error"));
        // the demo exhibitor still acts for its own company only
        assertEquals(200, Api.as("exhibitor").get("/api/exhibitors/me").status());
    }

    @Test
    @Order(4)
    void aSecondSignUpWithATaxCodeAlreadyRegistered_is409_andNoAccountIsMade() {
        String taxCode = TestFairs.freshTaxCode();
        String first = "tc" + Long.toString(System.nanoTime() % 100_000_000L, 36);
        assertEquals(201, Api.anonymous().post("/api/exhibitors", signUp(first, taxCode)).status());
        String second = "tc" + Long.toString(System.nanoTime() % 100_000_000L, 36);
        Api.Reply r = Api.anonymous().post("/api/exhibitors", signUp(second, taxCode));
        assertEquals(409, r.status(), r.body());
        assertEquals("TAX_CODE_REGISTERED", r.json().getString("error"));
        assertTrue(r.json().getString("message").contains(taxCode), r.body());
        assertEquals(401, Api.as(second, "mat-khau-dai-2032").get("/api/exhibitors/me").status(), "no second account");
    }

    @Test
    @Order(5)
    void anAccountMadeByTheVenue_fillsInItsProfileBeforeReserving() {
        String username = Accounts.fresh("exh", "EXHIBITOR", TestFairs.PASSWORD);
        Api me = TestFairs.as(username);
        assertEquals(404, me.get("/api/exhibitors/me").status());
        TestFairs.Fair f = TestFairs.published("EX");
        TestFairs.booth(f, "1", 0, 0);
        Api.Reply refused = me.post(f.booths() + "/1/reservations", "{}");
        assertEquals(409, refused.status(), refused.body());
        assertEquals("EXHIBITOR_PROFILE_MISSING", refused.json().getString("error"));

        Api.Reply saved = me.put("/api/exhibitors/me", TestFairs.profile("Công ty Hòa Bình", "0100233488"));
        assertEquals(200, saved.status(), saved.body());
        assertEquals(201, me.post(f.booths() + "/1/reservations", "{}").status());
    }

    @Test
    @Order(5)
    void aBadProfile_isRefusedFieldByField() {
        String username = Accounts.fresh("exh", "EXHIBITOR", TestFairs.PASSWORD);
        Api.Reply r = TestFairs.as(username).put("/api/exhibitors/me", """
                {"companyName": "X", "taxCode": "0100233488", "address": "A", "contactName": "B", "email": "not-an-email",
                 "phone": "0274 3812 345"}""");
        assertEquals(400, r.status(), r.body());
        assertEquals("email", r.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    @Order(99)
    void tooManySignUpsFromOneAddress_are429WithRetryAfter() {
        Api.Reply last = null;
        for (int i = 0; i < 11; i++) {
            last = Api.anonymous().post("/api/exhibitors", signUp("flood" + i + Long.toString(System.nanoTime() % 100_000, 36),
                    TestFairs.freshTaxCode()));
            if (last.status() == 429) {
                break;
            }
            assertEquals(201, last.status(), last.body());
        }
        assertEquals(429, last.status(), last.body());
        assertEquals("TOO_MANY_REQUESTS", last.json().getString("error"));
        assertNotNull(last.header("Retry-After"));
    }
}
