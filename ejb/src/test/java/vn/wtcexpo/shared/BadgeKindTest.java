package vn.wtcexpo.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who comes when, by kind of badge. */
class BadgeKindTest {

    @Test
    void thePublic_isVisitorsPressAndVip() {
        assertEquals(List.of(BadgeKind.VISITOR, BadgeKind.PRESS, BadgeKind.VIP),
                Arrays.stream(BadgeKind.values()).filter(BadgeKind::publicEntry).toList());
    }

    @Test
    void onlyContractors_stayAwayOnShowDays() {
        assertEquals(List.of(BadgeKind.CONTRACTOR),
                Arrays.stream(BadgeKind.values()).filter(k -> !k.showDays()).toList());
    }

    @Test
    void staffAndContractors_comeOnMoveDays() {
        assertEquals(List.of(BadgeKind.EXHIBITOR_STAFF, BadgeKind.ORGANIZER_STAFF, BadgeKind.CONTRACTOR),
                Arrays.stream(BadgeKind.values()).filter(BadgeKind::moveDays).toList());
    }
}
