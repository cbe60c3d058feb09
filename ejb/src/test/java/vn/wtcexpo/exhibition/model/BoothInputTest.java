package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Rect;

/** A booth as the organizer types it: its place, its number, its price; and its changes. */
class BoothInputTest {

    private static String refusal(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
    }

    private static Booth booth(BoothKind kind) {
        return new Booth("e", "A", "A-101", new Rect(0, 0, 300, 300), kind, Pricing.PER_BOOTH, 30_000_000, null);
    }

    @Test
    void aPlace_isReadInMetres() {
        assertEquals(new Rect(1_050, 200, 300, 250), Booth.areaOf(10.5, 2.0, 3.0, 2.5));
    }

    @Test
    void everySideOfAPlace_isRequired() {
        assertEquals("VALUE_REQUIRED", refusal(() -> Booth.areaOf(null, 0.0, 3.0, 3.0)));
        assertEquals("VALUE_REQUIRED", refusal(() -> Booth.areaOf(0.0, 0.0, 3.0, null)));
    }

    @Test
    void aBoothOfNoSize_isRefused() {
        assertEquals("PLAN_SIZE_NOT_POSITIVE", refusal(() -> Booth.areaOf(0.0, 0.0, 0.0, 3.0)));
    }

    @Test
    void aBoothLeftOfTheHall_isOutside() {
        DomainException e = assertThrows(DomainException.class, () -> Booth.areaOf(-1.0, 0.0, 3.0, 3.0));
        assertEquals("BOOTH_OUTSIDE_HALL", e.code());
        assertEquals("xM", e.field());
    }

    @Test
    void aPrice_isRequired_butForABlockedArea() {
        assertEquals(0, Booth.priceOf(null, BoothKind.BLOCKED));
        assertEquals("VALUE_REQUIRED", refusal(() -> Booth.priceOf(null, BoothKind.INLINE)));
        assertEquals("BOOTH_PRICE_OUT_OF_RANGE", refusal(() -> Booth.priceOf(Booth.MAX_PRICE_VND + 1, BoothKind.INLINE)));
    }

    @Test
    void aNumber_isLettersAndDigits_withFewSigns() {
        assertEquals("Đ-12", Booth.checkNumber(" Đ-12 "));
        assertEquals("BOOTH_NUMBER_INVALID", refusal(() -> Booth.checkNumber("-12")));
        assertEquals("BOOTH_NUMBER_INVALID", refusal(() -> Booth.checkNumber("A<script>")));
    }

    @Test
    void aBlockedArea_costsNothing_whateverItsPrice() {
        Booth b = booth(BoothKind.INLINE);
        b.change("A-101", new Rect(0, 0, 300, 300), BoothKind.BLOCKED, Pricing.PER_BOOTH, 5_000_000, null);
        assertEquals(0, b.netPriceVnd());
    }

    @Test
    void aChange_ofABlockedAreaToABooth_makesItAvailable() {
        Booth b = booth(BoothKind.BLOCKED);
        b.change("A-101", new Rect(0, 0, 300, 300), BoothKind.CORNER, Pricing.PER_BOOTH, 5_000_000, "Góc");
        b.hold();
        assertEquals(BoothKind.CORNER, b.kind());
        assertEquals("Góc", b.label());
    }

    @Test
    void aBoothInsideACombinedOne_cannotBeChangedOrHeld() {
        Booth part = booth(BoothKind.INLINE);
        part.mergeInto(booth(BoothKind.INLINE));
        assertEquals("BOOTH_IS_COMBINED", refusal(part::checkChangeable));
        assertEquals("BOOTH_TAKEN", refusal(part::hold));
        part.unmerge();
        part.hold();
    }

    @Test
    void aBlockedArea_isNeverCombined() {
        assertEquals("BOOTH_BLOCKED_CANNOT_COMBINE", refusal(() -> booth(BoothKind.BLOCKED).mergeInto(booth(BoothKind.INLINE))));
    }

    @Test
    void onlyAHeldBooth_isReserved_andOnlyAReservedOneSold() {
        Booth b = booth(BoothKind.INLINE);
        assertEquals("BOOTH_NOT_ON_HOLD", refusal(b::reserve));
        assertEquals("BOOTH_NOT_RESERVED", refusal(b::sell));
    }
}
