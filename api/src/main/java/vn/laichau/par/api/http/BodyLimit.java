package vn.laichau.par.api.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How large a request body a resource method reads; methods without it read at most
 * {@link RequestBodyLimit#JSON_BYTES}. The limit holds while the body streams in, before anything buffers it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {

    Kind value();

    /** The kinds of body with a limit of their own. */
    enum Kind {
        /** An evidence file in a form: the evidence limit plus the form around it. */
        EVIDENCE,
        /** A plan appendix, raw or in a form: the import limit plus the form around it. */
        APPENDIX,
        /** An update a messenger posts to a webhook. */
        WEBHOOK
    }
}
