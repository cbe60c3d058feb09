package vn.wtcexpo.gate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.wtcexpo.shared.DomainException;

/** A door of an event: its code (printed above it), the hall it leads into and which way people pass. */
@Entity
@Table(name = "gate")
public class Gate {

    public static final int MAX_CODE = 20;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(nullable = false, length = MAX_CODE)
    private String code;

    @Column(name = "hall_code", nullable = false, length = 10)
    private String hallCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private GateDirection direction;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Gate() {
    }

    /**
     * A new gate: a code of letters, digits and hyphens (upper case, at most 20), one of the event's halls, a
     * direction.
     */
    public static Gate of(String eventId, String code, String hall, GateDirection direction, Collection<String> eventHalls,
                          Instant now) {
        String c = normalCode(code);
        if (c == null) {
            throw DomainException.invalid("code", "GATE_CODE_INVALID", MAX_CODE);
        }
        if (hall == null || !eventHalls.contains(hall)) {
            throw DomainException.invalid("hall", "GATE_HALL_NOT_IN_EVENT", String.valueOf(hall));
        }
        if (direction == null) {
            throw DomainException.invalid("direction", "VALUE_REQUIRED");
        }
        Gate g = new Gate();
        g.id = UUID.randomUUID().toString();
        g.eventId = eventId;
        g.code = c;
        g.hallCode = hall;
        g.direction = direction;
        g.createdAt = now;
        return g;
    }

    /** A gate code as stored (upper case), or null when it is not one. */
    public static String normalCode(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        return CODE.matcher(c).matches() ? c : null;
    }

    public String id() { return id; }
    public String eventId() { return eventId; }
    public String code() { return code; }
    public String hallCode() { return hallCode; }
    public GateDirection direction() { return direction; }
    public Instant createdAt() { return createdAt; }
}
