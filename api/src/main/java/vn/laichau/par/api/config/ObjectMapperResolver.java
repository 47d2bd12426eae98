package vn.laichau.par.api.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Hands the API's one Jackson configuration ({@link JsonProvider#MAPPER}: ISO dates, no nulls, unknown fields
 * refused) to any Jackson provider the runtime registers by itself, so that every JSON body is written and read
 * the same way.
 */
@Provider
public class ObjectMapperResolver implements ContextResolver<ObjectMapper> {

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return JsonProvider.MAPPER;
    }
}
