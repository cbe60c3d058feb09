package vn.wtcexpo.exhibition.application.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReservationMailerTest {

    private static ReservationMailer.Notice approved(String booths, int count) {
        return new ReservationMailer.Notice(ReservationMailer.Kind.APPROVED, "a@example.vn", "Hội chợ", "Fair", booths, "A",
                null, "YC-2027-00003", 66_000_000L, 19_800_000L, LocalDate.of(2027, 5, 8), LocalDate.of(2027, 7, 11),
                null, "Công ty A", count, null);
    }

    @Test
    void anApprovalOfSeveralBooths_namesThemAll_inThePlural() {
        String body = ReservationMailer.body(approved("A-1, A-2", 2));
        assertTrue(body.contains("booths A-1, A-2 (hall A)"), body);
        assertTrue(ReservationMailer.subject(approved("A-1, A-2", 2)).contains("Booths A-1, A-2 reserved"));
    }

    @Test
    void anApprovalOfOneBooth_speaksOfOneBooth() {
        assertTrue(ReservationMailer.body(approved("A-1", 1)).contains("reservation of booth A-1 (hall A)"));
    }

    @Test
    void anApostropheInTheText_isPrinted() {
        assertTrue(ReservationMailer.body(approved("A-1", 1)).contains("organizer's e-invoice provider"));
    }

    @Test
    void aReplacement_namesTheWithdrawnRequestAndTheNewOne() {
        String body = ReservationMailer.body(new ReservationMailer.Notice(ReservationMailer.Kind.REPLACED, "a@example.vn",
                "Hội chợ", "Fair", "A-1, A-3", "A", null, "YC-2027-00009", 66_000_000L, 19_800_000L,
                LocalDate.of(2027, 5, 8), LocalDate.of(2027, 7, 11), "A-2", "Công ty A", 2, "YC-2027-00003"));
        assertTrue(body.contains("Yêu cầu thanh toán YC-2027-00009 thay thế"), body);
        assertTrue(body.contains("payment request YC-2027-00003 is withdrawn"), body);
        assertTrue(body.contains("Booth A-2 was cancelled"), body);
        assertFalse(body.contains("{"), body);
    }
}
