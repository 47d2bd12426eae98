package vn.laichau.par.api.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Request bodies are turned into problems where they are read ({@code JsonProvider}), so a Jackson mapping
 * failure that reaches this point happened while writing a response: a server error, logged under an id like
 * any other. Declared at Jackson's own precision so that it wins over the runtime's default mapper, which would
 * answer 400 with the parser's message.
 */
@Provider
public class JsonMappingErrorMapper implements ExceptionMapper<JsonMappingException> {

    @Override
    public Response toResponse(JsonMappingException e) {
        return new UnexpectedErrorMapper().toResponse(e);
    }
}
