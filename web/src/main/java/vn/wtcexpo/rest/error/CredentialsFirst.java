package vn.wtcexpo.rest.error;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import vn.wtcexpo.web.i18n.Texts;

/**
 * Who, before what: an operation the API document marks as needing credentials ({@link SecurityRequirement} on the
 * method or its class) answers 401 to a caller without any, before its body is read or checked. Without this, an
 * anonymous caller got the operation's input errors (400) and could learn its fields, and the answer to "nobody"
 * depended on where each operation checked its role. What the signed-in caller may do is still decided by the use
 * case (403, or 404 for another's object).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CredentialsFirst implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Context
    private HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() != null || resource.getResourceMethod() == null) {
            return;
        }
        if (needsCredentials(resource.getResourceMethod()) || needsCredentials(resource.getResourceClass())) {
            Locale locale = Texts.firstSupported(headers.getAcceptableLanguages());
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header("WWW-Authenticate", "Basic realm=\"WTC Expo\", charset=\"UTF-8\"")
                    .header("WWW-Authenticate", "Bearer realm=\"WTC Expo\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorJson("UNAUTHORIZED", Texts.error(locale, "UNAUTHORIZED", List.of()), List.of()))
                    .build());
        }
    }

    private static boolean needsCredentials(AnnotatedElement element) {
        return element.isAnnotationPresent(SecurityRequirement.class) || element.isAnnotationPresent(SecurityRequirements.class);
    }
}
