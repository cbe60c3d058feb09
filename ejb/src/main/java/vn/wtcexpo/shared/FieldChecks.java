package vn.wtcexpo.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks a form's fields one after another and refuses them all at once: a person who left out the name and
 * mistyped the e-mail is told both, not one per attempt. Only bad input ({@link DomainException.Kind#INVALID}) is
 * gathered; any other refusal ends the check at once.
 */
public final class FieldChecks {

    private final List<DomainException> refused = new ArrayList<>();

    /** The field's checked value, or null when it was refused (the refusal is kept for {@link #done}). */
    public <T> T field(Supplier<T> check) {
        try {
            return check.get();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            refused.add(e);
            return null;
        }
    }

    /** A rule that returns nothing but may refuse. */
    public void rule(Runnable check) {
        field(() -> {
            check.run();
            return null;
        });
    }

    /** Throws every refusal gathered so far as one ({@link DomainException#allOf}); nothing when all passed. */
    public void done() {
        if (!refused.isEmpty()) {
            throw DomainException.allOf(refused);
        }
    }
}
