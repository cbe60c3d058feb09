package vn.wtcexpo.exhibition.model;

import java.util.List;

/**
 * Booths side by side sold as one: the combined booth covers exactly their area (no gaps), is numbered after them
 * ({@code A-101+A-102} unless named), priced as their sum (or at the first one's price per m²), and of the most
 * open kind among them (an island over inline booths stays an island). The booths it covers move with it and are
 * hidden inside it until it is split.
 */
public final class CombinedBooth {

    /** At most this many booths combine into one. */
    public static final int MAX_PARTS = 50;

    private CombinedBooth() {
    }

    /** The number a combined booth gets: the one typed, or its parts' numbers joined by {@code +}. */
    public static String numberOf(List<String> partNumbers, String typed) {
        String number = typed == null || typed.isBlank() ? String.join("+", partNumbers) : typed;
        return Booth.checkNumber(number);
    }

    /**
     * A combined booth over {@code parts} (locked by the caller, none combined already), {@code firstNumber} the one
     * named first: its hall and pricing are the combined booth's.
     *
     * @throws vn.wtcexpo.shared.DomainException {@code BOOTH_BLOCKED_CANNOT_COMBINE}, {@code BOOTHS_NOT_ADJACENT},
     *                                           and the refusals of a booth that cannot change
     */
    public static Booth over(String eventId, List<Booth> parts, String firstNumber, String number) {
        for (Booth b : parts) {
            b.checkChangeable();
            if (b.blocked()) {
                throw vn.wtcexpo.shared.DomainException.invalid("numbers", "BOOTH_BLOCKED_CANNOT_COMBINE", b.number());
            }
        }
        var area = FloorPlan.combinedArea(parts);
        Booth first = parts.stream().filter(b -> b.number().equals(firstNumber)).findFirst().orElse(parts.get(0));
        long price = first.pricing() == Pricing.PER_SQM ? first.priceVnd() : parts.stream().mapToLong(Booth::priceVnd).sum();
        BoothKind kind = parts.stream().map(Booth::kind).max(Enum::compareTo).orElse(BoothKind.INLINE);
        return new Booth(eventId, first.hallCode(), number, area, kind, first.pricing(), Math.min(price, Booth.MAX_PRICE_VND),
                null);
    }

    /** The booths inside a combined booth, moved by ({@code dx}, {@code dy}) cm with it. */
    public static void moveMembers(Booth combined, List<Booth> members, int dx, int dy) {
        for (Booth m : members) {
            var a = m.area();
            m.unmerge();
            m.change(m.number(), a.movedTo(a.x() + dx, a.y() + dy), m.kind(), m.pricing(), m.priceVnd(), m.label());
            m.mergeInto(combined);
        }
    }
}
