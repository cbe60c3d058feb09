package vn.wtcexpo.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A form's fields are refused all at once. */
class FieldChecksTest {

    @Test
    void twoBadFields_areRefusedTogether() {
        FieldChecks checks = new FieldChecks();
        checks.field(() -> Text.required("name", " ", 10));
        checks.field(() -> Contacts.email("email", "not-an-address"));
        DomainException e = assertThrows(DomainException.class, checks::done);
        assertEquals(List.of("name", "email"), e.all().stream().map(DomainException::field).toList());
    }

    @Test
    void aGoodField_givesItsValue_andARefusedOneNull() {
        FieldChecks checks = new FieldChecks();
        assertEquals("An", checks.field(() -> Text.required("name", " An ", 10)));
        assertNull(checks.field(() -> Text.required("company", "", 10)));
    }

    @Test
    void aRefusalThatIsNotBadInput_endsTheCheckAtOnce() {
        FieldChecks checks = new FieldChecks();
        DomainException e = assertThrows(DomainException.class,
                () -> checks.rule(() -> { throw DomainException.conflict("ACCOUNT_USERNAME_TAKEN", "an"); }));
        assertEquals("ACCOUNT_USERNAME_TAKEN", e.code());
    }

    @Test
    void allGood_isDoneWithoutARefusal() {
        FieldChecks checks = new FieldChecks();
        checks.rule(() -> { });
        checks.done();
    }
}
