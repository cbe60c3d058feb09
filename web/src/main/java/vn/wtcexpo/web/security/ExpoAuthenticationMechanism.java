package vn.wtcexpo.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;

/**
 * The one authentication mechanism of the application.
 * <ul>
 * <li>Under {@code /api/}: stateless HTTP Basic. Wrong credentials, or none on a protected call, get a
 * 401 with the API's JSON error body. (Gate devices' bearer tokens will plug in here.)</li>
 * <li>Pages: the login form authenticates through {@code SecurityContext.authenticate}; the session
 * then remembers the person. Protected pages send anonymous visitors to the login page.</li>
 * </ul>
 */
@ApplicationScoped
public class ExpoAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isApi(request)) {
            return validateApi(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.changeSessionId();
            request.getSession(true).setAttribute(SignedIn.SESSION_KEY,
                    new SignedIn(result.getCallerPrincipal().getName(), new HashSet<>(result.getCallerGroups())));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedIn.SESSION_KEY) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length());
            if (request.getQueryString() != null) {
                target += "?" + request.getQueryString();
            }
            return context.redirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus validateApi(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = basic(header.substring(6).trim());
            if (credential != null) {
                CredentialValidationResult result = identityStores.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return ApiUnauthorized.send(request, response);
        }
        if (header != null || context.isProtected()) {
            return ApiUnauthorized.send(request, response);
        }
        return context.doNothing();
    }

    private static UsernamePasswordCredential basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon).toLowerCase(), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedIn.SESSION_KEY);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
