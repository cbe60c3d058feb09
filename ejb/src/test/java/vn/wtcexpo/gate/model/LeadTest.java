package vn.wtcexpo.gate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

/** Which leads a lead scanner may list (its own, of the venue's day), and how an exhibitor assesses one. */
class LeadTest {

    // 2026-12-06 08:00 in Vietnam (01:00 UTC)
    private static final Instant MORNING = Instant.parse("2026-12-06T01:00:00Z");

    @Test
    void aLeadCapturedByTheScanner_today_isItsOwn() {
        Lead lead = Lead.capture("e", "x", "b", "device:1", MORNING);
        assertTrue(lead.capturedBy("device:1", MORNING.plusSeconds(12 * 3600)));
    }

    @Test
    void aLeadOfAnotherScanner_isNot() {
        Lead lead = Lead.capture("e", "x", "b", "device:2", MORNING);
        assertFalse(lead.capturedBy("device:1", MORNING));
    }

    @Test
    void yesterdaysLead_inVietnam_isNot_evenWithinTwentyFourHours() {
        // 23:30 on the 5th in Vietnam is 16:30 UTC on the 5th; 08:00 on the 6th is the next venue day
        Lead lead = Lead.capture("e", "x", "b", "device:1", Instant.parse("2026-12-05T16:30:00Z"));
        assertFalse(lead.capturedBy("device:1", MORNING));
    }

    @Test
    void aRatingOutsideOneToFive_isRefused_andTheLeadKeepsItsOwn() {
        Lead lead = Lead.capture("e", "x", "b", "device:1", MORNING);
        lead.assess(4, "wants a quote", MORNING);
        DomainException e = assertThrows(DomainException.class, () -> lead.assess(6, "changed", MORNING));
        assertEquals("LEAD_RATING_OUT_OF_RANGE", e.code());
        assertEquals(4, lead.rating());
        assertEquals("wants a quote", lead.notes());
    }

    @Test
    void assessingWithoutARating_clearsIt_andKeepsTheNotesLines() {
        Lead lead = Lead.capture("e", "x", "b", "device:1", MORNING);
        lead.assess(5, null, MORNING);
        lead.assess(null, "line one\nline two", MORNING.plusSeconds(60));
        assertNull(lead.rating());
        assertEquals("line one\nline two", lead.notes());
        assertEquals(MORNING.plusSeconds(60), lead.updatedAt());
    }
}
