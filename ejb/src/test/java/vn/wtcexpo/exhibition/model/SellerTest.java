package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

/** The seller on payment requests: a legal identity in both languages and accounts that can be paid into. */
class SellerTest {

    private static Seller.Details details(List<Seller.Account> accounts) {
        return new Seller.Details("Công ty Cổ phần Mẫu", "Sample JSC", "0314 409 058", "Bình Dương", "Binh Duong", accounts);
    }

    @Test
    void anAccountNumber_isKeptWithoutSpacesAndDots() {
        Seller s = Seller.of(details(List.of(new Seller.Account("Ngân hàng A", "0123 4567.890", "CONG TY MAU", null))));
        assertEquals("01234567890", s.accounts().get(0).accountNumber());
        assertEquals("0314409058", s.taxCode().compact());
    }

    @Test
    void noAccount_isRefused() {
        assertEquals("SELLER_ACCOUNT_REQUIRED", assertThrows(DomainException.class, () -> Seller.of(details(List.of()))).code());
    }

    @Test
    void aSixthAccount_isRefused() {
        Seller.Account a = new Seller.Account("Ngân hàng A", "12345678", "CONG TY MAU", null);
        assertEquals("SELLER_TOO_MANY_ACCOUNTS",
                assertThrows(DomainException.class, () -> Seller.of(details(List.of(a, a, a, a, a, a)))).code());
    }

    @Test
    void everyBadField_isNamedAtOnce() {
        DomainException e = assertThrows(DomainException.class, () -> Seller.of(new Seller.Details(" ", "Sample", "123", "", "X",
                List.of(new Seller.Account("A", "?", "B", null)))));
        assertEquals(List.of("legalNameVi", "taxCode", "addressVi", "accountNumber"), e.all().stream().map(DomainException::field).toList());
    }
}
