package vn.laichau.par.api.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NoContentException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import vn.laichau.par.api.problem.JsonErrorMapper;
import vn.laichau.par.api.problem.ProblemException;

/**
 * Reads and writes JSON with Jackson: compact, ISO-8601 dates, no nulls, and unknown fields refused so that a
 * misspelt field is an error rather than silently ignored; so are a fraction where a whole number is asked for and
 * a field given twice.
 */
@Provider
@Priority(1)
@Produces({MediaType.APPLICATION_JSON, "application/problem+json", "application/*+json"})
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonProvider extends JacksonJsonProvider {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // 50.9 for a whole number is refused, not cut to 50; a field given twice is refused, not the last kept
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    public JsonProvider() {
        super(MAPPER);
    }

    /** A request body is required wherever one is read: an empty body or a bare {@code null} is refused. */
    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        Object value;
        try {
            value = super.readFrom(type, genericType, annotations, mediaType, httpHeaders, entityStream);
        } catch (NoContentException e) {
            value = null;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof ProblemException bodyRefused) {
                throw bodyRefused;
            }
            throw JsonErrorMapper.problemOf(e);
        }
        if (value == null) {
            throw ProblemException.badRequest("body-required", "Cần nội dung JSON", "A JSON body is required");
        }
        return value;
    }
}
