package vn.wtcexpo.venue.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The venue catalogue's use cases: reading halls (anyone), changing halls and blackouts (venue admin).
 * Refusals are {@link vn.wtcexpo.shared.DomainException}s.
 */
public interface VenueService {

    /** Halls that can be booked, in code order. */
    List<HallSummary> activeHalls();

    /** All halls, retired ones too (venue admin). */
    List<HallSummary> allHalls();

    /** @throws vn.wtcexpo.shared.DomainException {@code HALL_NOT_FOUND} */
    HallSummary hall(String code);

    /** @throws vn.wtcexpo.shared.DomainException {@code HALL_CODE_TAKEN}, or bad input */
    HallSummary addHall(@NotNull(message = "{VALUE_REQUIRED}") @Valid HallDraft draft);

    /** Changes a hall; {@code active=false} retires it, {@code true} puts it back. */
    HallSummary updateHall(@NotNull(message = "{VALUE_REQUIRED}") String code,
                           @NotNull(message = "{VALUE_REQUIRED}") @Valid HallDraft draft);

    /** Adds a hall and, unless {@code outline} is null, its outline, in one transaction. */
    HallSummary addHall(@NotNull(message = "{VALUE_REQUIRED}") @Valid HallDraft draft, HallOutline outline);

    /** Changes a hall and, unless {@code outline} is null, its outline, in one transaction. */
    HallSummary updateHall(@NotNull(message = "{VALUE_REQUIRED}") String code,
                           @NotNull(message = "{VALUE_REQUIRED}") @Valid HallDraft draft, HallOutline outline);

    /** Gives a hall its outline for floor plans (venue admin). */
    HallSummary changeOutline(@NotNull(message = "{VALUE_REQUIRED}") String code,
                              @NotNull(message = "{VALUE_REQUIRED}") HallOutline outline);
}
