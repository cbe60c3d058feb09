package vn.wtcexpo.rest.error;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Takes precedence over the JAX-RS implementation's own validation mapper, which answers in HTML. */
@Provider
public class ViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    private HttpHeaders headers;
    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(ConstraintViolationException failure) {
        return ApiErrors.toResponse(failure, headers, security);
    }
}
