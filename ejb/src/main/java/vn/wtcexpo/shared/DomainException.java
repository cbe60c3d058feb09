package vn.wtcexpo.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A business rule refused a request. Carries a stable error code (the API's {@code error} field and the
 * key of the user message in the web module's bundles, {@code error.CODE}), the arguments of that
 * message, and the kind of refusal, which the edges map to a status code.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    /** What kind of refusal this is; the API maps it to 400, 404, 409, 403 or 429. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, TOO_MANY }

    private final String code;
    private final Kind kind;
    private final transient List<Object> args;
    private final String field;
    /** Other fields refused with this one (a form's every error at once); empty for a single refusal. */
    private final transient List<DomainException> others;

    public DomainException(Kind kind, String code, Object... args) {
        this(kind, code, null, args);
    }

    private DomainException(Kind kind, String code, String field, Object... args) {
        super(code + (args.length == 0 ? "" : " " + List.of(args)));
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.args = List.of(args);
        this.others = List.of();
    }

    private DomainException(DomainException first, List<DomainException> others) {
        super(first.getMessage() + " (+" + others.size() + ")");
        this.kind = first.kind;
        this.code = first.code;
        this.field = first.field;
        this.args = first.args;
        this.others = List.copyOf(others);
    }

    /** Several fields refused at once: the first is the answer's code, every one a violation (a 400). */
    public static DomainException allOf(List<DomainException> refusals) {
        if (refusals.size() == 1) {
            return refusals.get(0);
        }
        return new DomainException(refusals.get(0), refusals.subList(1, refusals.size()));
    }

    /** Bad input on one field: a 400 with a violation on {@code field}. */
    public static DomainException invalid(String field, String code, Object... args) {
        return new DomainException(Kind.INVALID, code, field, args);
    }

    public static DomainException notFound(String code, Object... args) {
        return new DomainException(Kind.NOT_FOUND, code, args);
    }

    public static DomainException conflict(String code, Object... args) {
        return new DomainException(Kind.CONFLICT, code, args);
    }

    /** Known, but not for this caller: a 403. */
    public static DomainException forbidden(String code, Object... args) {
        return new DomainException(Kind.FORBIDDEN, code, args);
    }

    /** Too many attempts: a 429; the first argument is the number of seconds to wait. */
    public static DomainException tooMany(String code, long retryAfterSeconds) {
        return new DomainException(Kind.TOO_MANY, code, retryAfterSeconds);
    }

    public String code() { return code; }
    public Kind kind() { return kind; }
    public List<Object> args() { return args; }
    /** The input field at fault, or null when the refusal is not about one field. */
    public String field() { return field; }

    /** This refusal and those of the other fields refused with it, in the order the fields were checked. */
    public List<DomainException> all() {
        if (others.isEmpty()) {
            return List.of(this);
        }
        List<DomainException> all = new java.util.ArrayList<>();
        all.add(this);
        all.addAll(others);
        return all;
    }
}
