package vn.wtcexpo.exhibition.application;

import java.util.List;
import vn.wtcexpo.exhibition.model.Booth;
import vn.wtcexpo.exhibition.model.BoothKind;
import vn.wtcexpo.exhibition.model.BoothStatus;
import vn.wtcexpo.exhibition.model.Pricing;
import vn.wtcexpo.shared.Rect;

/**
 * A booth on the plan. {@code priceVnd} is what the booth costs before VAT; for a booth priced per m²,
 * {@code pricePerSqmVnd} gives the rate. {@code members} names the booths a combined booth covers.
 */
public record BoothSummary(String id, String number, String hall, double xM, double yM, double widthM, double depthM,
                           double areaSqm, BoothKind kind, String label, Pricing pricing, long priceVnd,
                           Long pricePerSqmVnd, BoothStatus status, List<String> members) {

    public static BoothSummary of(Booth b, List<String> members) {
        Rect a = b.area();
        return new BoothSummary(b.id(), b.number(), b.hallCode(), a.xM(), a.yM(), a.widthM(), a.depthM(), a.areaSqm(),
                b.kind(), b.label(), b.pricing(), b.netPriceVnd(), b.pricing() == Pricing.PER_SQM ? b.priceVnd() : null,
                b.status(), members);
    }

    public boolean combined() {
        return !members.isEmpty();
    }
}
