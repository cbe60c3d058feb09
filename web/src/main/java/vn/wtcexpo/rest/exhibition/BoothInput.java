package vn.wtcexpo.rest.exhibition;

import vn.wtcexpo.exhibition.application.BoothDraft;
import vn.wtcexpo.exhibition.model.BoothKind;
import vn.wtcexpo.exhibition.model.Pricing;
import vn.wtcexpo.shared.DomainException;

/**
 * A booth to place or change: {@code type} is {@code INLINE}, {@code CORNER}, {@code PENINSULA},
 * {@code ISLAND} or {@code BLOCKED}; the price is {@code priceVnd} for the booth, or {@code pricePerSqmVnd}.
 */
public record BoothInput(String number, String hall, Double xM, Double yM, Double widthM, Double depthM, String type,
                         Long priceVnd, Long pricePerSqmVnd, String label) {

    BoothDraft toDraft() {
        BoothKind kind = null;
        if (type != null) {
            try {
                kind = BoothKind.valueOf(type.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("type", "BOOTH_TYPE_UNKNOWN", type);
            }
        }
        if (priceVnd != null && pricePerSqmVnd != null) {
            throw DomainException.invalid("pricePerSqmVnd", "BOOTH_TWO_PRICES");
        }
        Pricing pricing = pricePerSqmVnd != null ? Pricing.PER_SQM : priceVnd != null ? Pricing.PER_BOOTH : null;
        return new BoothDraft(number, hall, xM, yM, widthM, depthM, kind, pricing,
                pricePerSqmVnd != null ? pricePerSqmVnd : priceVnd, label);
    }
}
