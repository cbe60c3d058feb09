package vn.wtcexpo.gate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import vn.wtcexpo.gate.application.DeviceService.DeviceSignIn;
import vn.wtcexpo.gate.application.internal.GateDirectory;
import vn.wtcexpo.gate.model.DeviceMode;
import vn.wtcexpo.gate.model.GateDevice;
import vn.wtcexpo.shared.Roles;

/**
 * Which paired device a bearer token signs in, for the web module's authentication, which asks with every call
 * a scanner makes: a plain CDI bean (no session bean's security check and interceptors per call), answered from
 * the gate directory's few seconds' memory of devices.
 */
@ApplicationScoped
public class DeviceTokens {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    @Inject
    private GateDirectory directory;

    /** The device a token belongs to, if it is usable now. */
    public Optional<DeviceSignIn> signIn(String token) {
        if (token == null || !token.startsWith(GateDevice.PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return directory.device(token).filter(d -> d.usableAt(now)).map(d -> new DeviceSignIn(d.id(), d.eventId(),
                d.mode() == DeviceMode.GATE ? Roles.GATE_DEVICE : Roles.LEAD_DEVICE));
    }
}
