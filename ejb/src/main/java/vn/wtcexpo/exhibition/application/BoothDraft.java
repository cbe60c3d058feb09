package vn.wtcexpo.exhibition.application;

import vn.wtcexpo.exhibition.model.BoothKind;
import vn.wtcexpo.exhibition.model.Pricing;

/**
 * A booth or blocked area to place: its number, hall, top-left corner and size in metres, kind, and
 * price ({@code priceVnd} for the booth, or per m² with {@code pricing = PER_SQM}).
 */
public record BoothDraft(String number, String hall, Double xM, Double yM, Double widthM, Double depthM, BoothKind kind,
                         Pricing pricing, Long priceVnd, String label) {
}
