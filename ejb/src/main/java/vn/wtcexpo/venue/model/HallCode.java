package vn.wtcexpo.venue.model;

/**
 * How people and clients write a hall's code: {@code " ab "} means hall {@code AB}. Whether such a hall
 * exists, or the code is a valid new code, is for {@link Hall} and the repository to say.
 */
public final class HallCode {

    private HallCode() {
    }

    /** The code without surrounding blanks, in upper case; null for null. */
    public static String normalize(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
