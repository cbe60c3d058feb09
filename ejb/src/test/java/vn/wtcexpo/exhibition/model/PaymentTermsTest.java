package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentTermsTest {

    @Test
    void theDeposit_isDueAWeekAfterIssue_andTheBalance30DaysBeforeTheShow() {
        PaymentTerms t = PaymentTerms.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 8, 10));
        assertEquals(LocalDate.of(2027, 3, 8), t.depositDue());
        assertEquals(LocalDate.of(2027, 7, 11), t.balanceDue());
    }

    @Test
    void closeToTheShow_theDepositIsDueByTheFirstDay_andTheBalanceWithIt() {
        PaymentTerms t = PaymentTerms.of(LocalDate.of(2027, 8, 7), LocalDate.of(2027, 8, 10));
        assertEquals(LocalDate.of(2027, 8, 10), t.depositDue());
        assertEquals(LocalDate.of(2027, 8, 10), t.balanceDue());
    }
}
