package vn.laichau.par.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.EntityTag;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void aVersionIsWrittenAsAStrongQuotedTag() {
        assertEquals("\"42\"", ETags.headerText(new EntityTag("42")));
    }

    @Test
    void aWeakTagKeepsItsPrefixAndQuotesInsideAreEscaped() {
        assertEquals("W/\"a\\\"b\"", ETags.headerText(new EntityTag("a\"b", true)));
    }

    @Test
    void ifNoneMatchNamesTheTagWeaklyOrWithAStar() {
        assertTrue(ETags.matches("\"1\", W/\"42\"", "\"42\""));
        assertTrue(ETags.matches("*", "\"42\""));
        assertFalse(ETags.matches("\"41\"", "\"42\""));
    }
}
