package vn.wtcexpo.registration.application;

/** Printable badge sizes: A6 (105 × 148 mm) for office printers, an 80 × 120 mm label for badge printers. */
public enum BadgeFormat {
    A6(105, 148), LABEL(80, 120);

    private final int widthMm;
    private final int heightMm;

    BadgeFormat(int widthMm, int heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public int widthMm() { return widthMm; }
    public int heightMm() { return heightMm; }

    /** {@code a6} or {@code label} (any case); A6 when absent; {@code BADGE_FORMAT_UNKNOWN} otherwise. */
    public static BadgeFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return A6;
        }
        for (BadgeFormat f : values()) {
            if (f.name().equalsIgnoreCase(text.strip())) {
                return f;
            }
        }
        throw vn.wtcexpo.shared.DomainException.invalid("size", "BADGE_FORMAT_UNKNOWN");
    }
}
