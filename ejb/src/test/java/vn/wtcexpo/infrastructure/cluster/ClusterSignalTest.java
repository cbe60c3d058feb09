package vn.wtcexpo.infrastructure.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClusterSignalTest {

    @Test
    void aSignal_crossesTheGridAsTextAndComesBackTheSame() {
        ClusterSignal signal = new ClusterSignal("gate.gates", "4d2e9277-64d6-4794-a8cd-1dfd74f8f7e1");
        assertEquals(signal, ClusterSignal.decoded(signal.encoded()));
    }

    @Test
    void aKeyMayBeEmpty_orHoldAnything() {
        assertEquals(new ClusterSignal("gate.devices", ""), ClusterSignal.decoded(new ClusterSignal("gate.devices", "").encoded()));
        ClusterSignal odd = new ClusterSignal("identity.account-ended", "an\nodd:key");
        assertEquals(odd, ClusterSignal.decoded(odd.encoded()));
    }

    @Test
    void aSubjectIsOneLineOfText() {
        assertThrows(IllegalArgumentException.class, () -> new ClusterSignal("two\nlines", "k"));
        assertThrows(IllegalArgumentException.class, () -> new ClusterSignal("", "k"));
        assertThrows(IllegalArgumentException.class, () -> new ClusterSignal("gate.gates", null));
    }

    @Test
    void aMessageThatIsNoSignal_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> ClusterSignal.decoded("no separator"));
        assertThrows(IllegalArgumentException.class, () -> ClusterSignal.decoded("\nno subject"));
    }

    @Test
    void isNamesTheSubject() {
        ClusterSignal signal = new ClusterSignal("venue.halls", "");
        assertTrue(signal.is("venue.halls"));
        assertFalse(signal.is("venue"));
    }
}
