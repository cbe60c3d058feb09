package vn.wtcexpo.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numbersInside_compareByValue() {
        List<String> booths = new ArrayList<>(List.of("1016", "210", "A-10", "A-2", "B-1", "A-02b", "9"));
        booths.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("9", "210", "1016", "A-2", "A-02b", "A-10", "B-1"), booths);
    }
}
