package vn.wtcexpo.web.exhibition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The plan's JSON stands unescaped in a script element: a company's name can never end that element. */
class PublicFairsTest {

    private static final String NAME = "Công ty </script><script>alert('x')</script> & Co\u2028";

    @Test
    void aNameThatWouldCloseTheScript_isWrittenAsEscapes() {
        String json = Json.createObjectBuilder().add("company", NAME).build().toString();
        String safe = PublicFairs.scriptSafe(json);
        assertTrue(safe.indexOf('<') < 0 && safe.indexOf('>') < 0 && safe.indexOf('&') < 0 && safe.indexOf('\u2028') < 0, safe);
    }

    @Test
    void theEscapedJson_readsBackAsTheSameName() {
        String safe = PublicFairs.scriptSafe(Json.createObjectBuilder().add("company", NAME).build().toString());
        assertEquals(NAME, Json.createReader(new StringReader(safe)).readObject().getString("company"));
    }
}
