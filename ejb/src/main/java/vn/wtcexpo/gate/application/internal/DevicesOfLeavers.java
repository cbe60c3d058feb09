package vn.wtcexpo.gate.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.wtcexpo.exhibition.application.ExhibitorLeft;
import vn.wtcexpo.gate.model.GateDevice;
import vn.wtcexpo.identity.application.AccountClosed;
import vn.wtcexpo.gate.model.DeviceMode;
import vn.wtcexpo.gate.model.GateRepository;

/**
 * Devices end with what let them be paired, in the transaction that ended it, and the devices kept in memory are
 * dropped at once: a company whose last booth at an event has ended loses its lead scanners there (as its staff
 * lose their badges), and an account that is disabled loses every gate and lead scanner it paired.
 */
@ApplicationScoped
public class DevicesOfLeavers {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    @Inject
    private GateRepository repository;

    @Inject
    private GateDirectory directory;

    void exhibitorLeft(@Observes ExhibitorLeft left) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean any = false;
        for (var device : repository.devices(left.eventId())) {
            if (device.mode() == DeviceMode.LEADS && left.exhibitorId().equals(device.exhibitorId()) && device.isUsableAt(now)) {
                device.revoke(now);
                any = true;
            }
        }
        if (any) {
            directory.deviceChanged();
        }
    }

    void accountClosed(@Observes AccountClosed closed) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<GateDevice> paired = repository.devicesPairedBy(closed.username());
        paired.forEach(d -> d.revoke(now));
        if (!paired.isEmpty()) {
            directory.deviceChanged();
        }
    }
}
