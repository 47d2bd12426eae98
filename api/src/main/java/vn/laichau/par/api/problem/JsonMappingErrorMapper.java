package vn.laichau.par.api.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The same answer as {@link JsonErrorMapper}, at the precision of Jackson's own mapper, so that ours wins. */
@Provider
public class JsonMappingErrorMapper implements ExceptionMapper<JsonMappingException> {

    @Override
    public Response toResponse(JsonMappingException e) {
        return new ProblemExceptionMapper().toResponse(JsonErrorMapper.problemOf(e));
    }
}
