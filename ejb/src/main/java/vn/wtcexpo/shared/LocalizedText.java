package vn.wtcexpo.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** A short text in Vietnamese and English, both required. */
@Embeddable
public class LocalizedText implements Serializable {

    public static final int MAX_LENGTH = 100;

    @Column(name = "name_vi", nullable = false, length = MAX_LENGTH)
    private String vi;
    @Column(name = "name_en", nullable = false, length = MAX_LENGTH)
    private String en;

    protected LocalizedText() {
    }

    private LocalizedText(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /**
     * @param field the input field name used when refusing, e.g. {@code name}
     */
    public static LocalizedText of(String field, String vi, String en) {
        return new LocalizedText(Text.required(field + ".vi", vi, MAX_LENGTH), Text.required(field + ".en", en, MAX_LENGTH));
    }

    public String vi() { return vi; }
    public String en() { return en; }

    /** The text for a locale: English for {@code en}, Vietnamese otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : vi;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText t && vi.equals(t.vi) && en.equals(t.en);
    }

    @Override
    public int hashCode() { return Objects.hash(vi, en); }

    @Override
    public String toString() { return vi + " / " + en; }
}
