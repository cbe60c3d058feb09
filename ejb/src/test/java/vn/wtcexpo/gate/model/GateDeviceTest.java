package vn.wtcexpo.gate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

/** A device paired to one event's gates, or to one exhibitor's lead scanning. */
class GateDeviceTest {

    private static final Instant NOW = Instant.parse("2027-08-10T01:00:00Z");

    private static GateDevice.Paired pair(DeviceMode mode, Integer days) {
        return GateDevice.pair("e", "Cổng Bắc 1", mode, "x", "organizer", days, NOW);
    }

    @Test
    void aPairing_givesATokenWithTheDevicePrefix_shownOnce() {
        GateDevice.Paired p = pair(DeviceMode.GATE, null);
        assertTrue(p.token().startsWith(GateDevice.PREFIX));
        assertTrue(p.device().isUsableAt(NOW));
    }

    @Test
    void aDevice_isUsableForItsDaysOnly() {
        GateDevice d = pair(DeviceMode.GATE, 3).device();
        assertTrue(d.isUsableAt(NOW.plus(Duration.ofDays(3)).minusSeconds(1)));
        assertFalse(d.isUsableAt(NOW.plus(Duration.ofDays(3)).plusSeconds(1)));
    }

    @Test
    void aRevokedDevice_stopsAtOnce() {
        GateDevice d = pair(DeviceMode.GATE, null).device();
        d.revoke(NOW.plusSeconds(60));
        assertFalse(d.isUsableAt(NOW.plusSeconds(61)));
    }

    @Test
    void onlyALeadScanner_belongsToAnExhibitor() {
        assertNull(pair(DeviceMode.GATE, null).device().exhibitorId());
        assertEquals("x", pair(DeviceMode.LEADS, null).device().exhibitorId());
    }

    @Test
    void aNewToken_replacesTheOld() {
        GateDevice.Paired p = pair(DeviceMode.LEADS, null);
        assertNotEquals(p.token(), p.device().newToken());
    }

    @Test
    void theDayOfPairing_isTheVenuesDay() {
        GateDevice d = GateDevice.pair("e", "Quầy A-101", DeviceMode.LEADS, "x", "ex", null,
                Instant.parse("2027-08-09T18:00:00Z")).device();
        assertTrue(d.pairedOn(LocalDate.of(2027, 8, 10)));
    }

    @Test
    void aDevice_needsAName() {
        assertEquals("TEXT_REQUIRED", assertThrows(DomainException.class,
                () -> GateDevice.pair("e", " ", DeviceMode.GATE, null, "o", null, NOW)).code());
    }
}
