package vn.wtcexpo.rest.exhibition;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import vn.wtcexpo.exhibition.application.BoothSummary;

/**
 * A booth on the API. {@code priceVnd} is the booth's price before VAT; a booth priced per m² also gives
 * {@code pricePerSqmVnd}. {@code members} lists the booths a combined booth covers. Who holds a booth is
 * not public.
 */
@JsonbPropertyOrder({"number", "hall", "xM", "yM", "widthM", "depthM", "areaSqm", "type", "status", "priceVnd",
        "pricePerSqmVnd", "label", "members"})
public record BoothJson(String number, String hall, double xM, double yM, double widthM, double depthM, double areaSqm,
                        String type, String status, long priceVnd, Long pricePerSqmVnd, String label, List<String> members) {

    static BoothJson of(BoothSummary b) {
        return new BoothJson(b.number(), b.hall(), b.xM(), b.yM(), b.widthM(), b.depthM(), b.areaSqm(), b.kind().name(),
                b.status().name(), b.priceVnd(), b.pricePerSqmVnd(), b.label(), b.members().isEmpty() ? null : b.members());
    }
}
