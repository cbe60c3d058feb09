package vn.wtcexpo.rest.error;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Malformed or wrongly typed JSON reaches JAX-RS as a ProcessingException: a 400, not a 500. */
@Provider
public class BadJsonMapper implements ExceptionMapper<ProcessingException> {

    @Context
    private HttpHeaders headers;
    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(ProcessingException failure) {
        return ApiErrors.toResponse(failure, headers, security);
    }
}
