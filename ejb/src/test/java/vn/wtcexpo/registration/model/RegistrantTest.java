package vn.wtcexpo.registration.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

class RegistrantTest {

    private static Registrant of(String name, String email, String phone, List<String> interests) {
        return Registrant.of(name, "Công ty <b>Gỗ</b>", null, email, phone, "vi", true, interests, true, List.of("FURNITURE"));
    }

    @Test
    void markupInNames_isKeptAsTyped() {
        Registrant r = of("<script>alert(1)</script>", "lan@example.vn", null, List.of());
        assertEquals("<script>alert(1)</script>", r.fullName());
    }

    @Test
    void invalidEmail_isRefused() {
        assertEquals("EMAIL_INVALID", assertThrows(DomainException.class, () -> of("Lan", "lan@", null, List.of())).code());
    }

    @Test
    void invalidPhone_isRefused() {
        assertEquals("PHONE_INVALID", assertThrows(DomainException.class, () -> of("Lan", "lan@example.vn", "abc", List.of())).code());
    }

    @Test
    void unknownInterest_isRefused() {
        assertEquals("INTEREST_UNKNOWN",
                assertThrows(DomainException.class, () -> of("Lan", "lan@example.vn", null, List.of("WEAPONS"))).code());
    }

    @Test
    void overlongName_isRefused() {
        assertEquals("TEXT_TOO_LONG",
                assertThrows(DomainException.class, () -> of("L".repeat(101), "lan@example.vn", null, List.of())).code());
    }

    @Test
    void search_findsNamesWithoutDiacriticsAndPhonesByDigits() {
        Registrant r = Registrant.of("Nguyễn Thị Đào", "Gỗ Bình Dương", null, "Dao@Example.vn", "0912 345-678", "vi",
                false, List.of(), true, List.of());
        assertEquals("nguyen thi dao go binh duong dao@example.vn 0912345678", r.searchText());
        assertEquals("dao@example.vn", r.emailKey());
    }

    @Test
    void everyBadField_isRefusedAtOnce_inTheFormsOrder() {
        DomainException e = assertThrows(DomainException.class,
                () -> of(" ", "not-an-email", "12", List.of()));
        assertEquals(List.of("fullName", "email", "phone"),
                e.all().stream().map(DomainException::field).toList());
    }
}
