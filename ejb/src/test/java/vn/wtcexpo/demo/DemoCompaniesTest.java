package vn.wtcexpo.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.wtcexpo.exhibition.model.TaxCode;

/** The demo's sample tax codes pass the tax authority's check digit. */
class DemoCompaniesTest {

    @Test
    void aValidCode_staysAsItIs() {
        assertEquals("0100233488", DemoCompanies.validTaxCode("0100233488"));
    }

    @Test
    void anInvalidCode_getsTheCheckDigitThatMakesItValid() {
        String code = DemoCompanies.validTaxCode("3700123451");
        assertTrue(TaxCode.valid(code));
        assertTrue(code.startsWith("370012345"));
    }
}
