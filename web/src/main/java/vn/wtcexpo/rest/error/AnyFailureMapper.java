package vn.wtcexpo.rest.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every failure under {@code /api} answers with the JSON error body; see {@link ApiErrors}. */
@Provider
public class AnyFailureMapper implements ExceptionMapper<Throwable> {

    @Context
    private HttpHeaders headers;
    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(Throwable failure) {
        return ApiErrors.toResponse(failure, headers, security);
    }
}
