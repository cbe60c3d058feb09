package vn.wtcexpo.gate.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which leads a lead scanner may list: its own, of the venue's day. */
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
}
