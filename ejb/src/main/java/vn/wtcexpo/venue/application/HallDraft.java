package vn.wtcexpo.venue.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.venue.model.Hall;
import vn.wtcexpo.venue.model.HallKind;

/**
 * What the venue admin enters to add or change a hall. For a combined hall, {@code parts} names at
 * least two plain halls and {@code areaSqm} may be left out (it is the sum of the parts).
 */
public record HallDraft(
        @NotBlank(message = "{TEXT_REQUIRED}") @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,9}", message = "{HALL_CODE_INVALID}") String code,
        @NotBlank(message = "{TEXT_REQUIRED}") @Size(max = 100, message = "{TEXT_TOO_LONG}") String nameVi,
        @NotBlank(message = "{TEXT_REQUIRED}") @Size(max = 100, message = "{TEXT_TOO_LONG}") String nameEn,
        HallKind kind,
        Integer areaSqm,
        @NotNull(message = "{VALUE_REQUIRED}") Integer capacity,
        @NotNull(message = "{VALUE_REQUIRED}") @PositiveOrZero(message = "{HALL_RATE_OUT_OF_RANGE}") Long dayRateVnd,
        List<String> parts,
        Boolean active) {

    public boolean isCombined() {
        return parts != null && !parts.isEmpty();
    }

    /** A plain hall's kind: {@code HALL_KIND_REQUIRED} when left out. */
    public HallKind plainKind() {
        if (kind == null) {
            throw DomainException.invalid("kind", "HALL_KIND_REQUIRED");
        }
        return kind;
    }

    /** A plain hall's area: {@code VALUE_REQUIRED} when left out. */
    public int plainArea() {
        if (areaSqm == null) {
            throw DomainException.invalid("areaSqm", "VALUE_REQUIRED");
        }
        return areaSqm;
    }

    /** A combined hall's area is the sum of its parts: a different one stated is refused ({@code HALL_AREA_IS_SUM_OF_PARTS}). */
    public void checkAreaOf(Hall combined) {
        if (areaSqm != null && areaSqm != combined.areaSqm()) {
            throw DomainException.invalid("areaSqm", "HALL_AREA_IS_SUM_OF_PARTS", combined.areaSqm());
        }
    }
}
