package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

/** A company as it describes itself. */
class ExhibitorTest {

    private static Exhibitor.Profile profile(String tax, String phone, String website, List<ProductCategory> categories) {
        return new Exhibitor.Profile("Công ty TNHH Ván Ép Tân Uyên", tax, "KCN Tân Uyên, Bình Dương", "Võ Thị Hạnh",
                "hanh@example.vn", phone, website, "Ván ép, MDF", categories);
    }

    private static String refusal(Exhibitor.Profile p) {
        return assertThrows(DomainException.class, () -> Exhibitor.register(p)).code();
    }

    @Test
    void aTaxCode_isKeptWithoutSeparators() {
        assertEquals("0100233488", Exhibitor.register(profile("0100 233 488", "0274 3812 345", null, List.of())).taxCode().compact());
    }

    @Test
    void categories_areListedInTheirOrder() {
        Exhibitor e = Exhibitor.register(profile("0100233488", "0274 3812 345", null,
                List.of(ProductCategory.PACKAGING, ProductCategory.FURNITURE)));
        assertEquals(List.of(ProductCategory.FURNITURE, ProductCategory.PACKAGING), e.categories());
    }

    @Test
    void aWebsite_isOptional_butAnAddressOfTheWeb() {
        assertNull(Exhibitor.register(profile("0100233488", "0274 3812 345", " ", List.of())).website());
        assertEquals("WEBSITE_INVALID", refusal(profile("0100233488", "0274 3812 345", "javascript:alert(1)", List.of())));
    }

    @Test
    void aPhone_isRequired_andANumber() {
        assertEquals("TEXT_REQUIRED", refusal(profile("0100233488", " ", null, List.of())));
        assertEquals("PHONE_INVALID", refusal(profile("0100233488", "call us", null, List.of())));
    }

    @Test
    void anUnknownCategory_isRefused() {
        assertEquals("INVALID_VALUE", refusal(profile("0100233488", "0274 3812 345", null, Arrays.asList((ProductCategory) null))));
    }

    @Test
    void aRefusedChange_leavesTheCompanyAsItWas() {
        Exhibitor e = Exhibitor.register(profile("0100233488", "0274 3812 345", null, List.of()));
        assertThrows(DomainException.class, () -> e.describe(profile("0100233488", "call us", null, List.of())));
        assertEquals("0274 3812 345", e.phone());
    }
}
