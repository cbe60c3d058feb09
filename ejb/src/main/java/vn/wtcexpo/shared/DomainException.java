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

    public DomainException(Kind kind, String code, Object... args) {
        this(kind, code, null, args);
    }

    private DomainException(Kind kind, String code, String field, Object... args) {
        super(code + (args.length == 0 ? "" : " " + List.of(args)));
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.args = List.of(args);
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
}
