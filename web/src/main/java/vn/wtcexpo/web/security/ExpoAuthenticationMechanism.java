package vn.wtcexpo.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import vn.wtcexpo.gate.application.DeviceService;
import vn.wtcexpo.gate.application.DeviceTokens;
import vn.wtcexpo.gate.application.DeviceNames;
import vn.wtcexpo.identity.application.AuthenticationService;
import vn.wtcexpo.identity.application.SignIn;
import vn.wtcexpo.shared.Roles;

/**
 * The one authentication mechanism of the application; the identity context decides (passwords with
 * throttling, tokens, sessions still valid), this class only speaks HTTP.
 * <ul>
 * <li>Under {@code /api/}: stateless, {@code Authorization: Basic} or {@code Authorization: Bearer <token>}.
 * Wrong credentials, or none on a protected call, get a 401 with the API's JSON body; a throttled
 * client gets a 429 with {@code Retry-After}.</li>
 * <li>Pages: the login form authenticates through {@code SecurityContext.authenticate}; the session
 * then remembers the person, and each request checks that the account is still enabled and its
 * password unchanged since (else the session ends). Protected pages send anonymous visitors to the
 * login page.</li>
 * </ul>
 */
@ApplicationScoped
@DeclareRoles({Roles.VENUE_ADMIN, Roles.ORGANIZER, Roles.EXHIBITOR, Roles.GATE_STAFF, Roles.GATE_DEVICE, Roles.LEAD_DEVICE})
public class ExpoAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(ExpoAuthenticationMechanism.class.getName());

    /** Set on the request when a form login was throttled: the seconds to wait. */
    static final String THROTTLED_ATTRIBUTE = "wtcexpo.login.retryAfter";

    /** At most one full stack trace a minute of an API caller that could not be checked (they come in bursts). */
    private static final OncePer FULL_TRACE = new OncePer(60_000_000_000L);

    /** Lets one call through per period (this server's: a log's pace, nothing shared). */
    static final class OncePer {
        private final long periodNanos;
        private final java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong(Long.MIN_VALUE);

        OncePer(long periodNanos) {
            this.periodNanos = periodNanos;
        }

        boolean tryAcquire(long now) {
            long due = next.get();
            return (due == Long.MIN_VALUE || now - due >= 0) && next.compareAndSet(due, now + periodNanos);
        }
    }

    @Inject
    private AuthenticationService authentication;

    @Inject
    private DeviceTokens devices;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isApi(request)) {
            try {
                return validateApi(request, response, context);
            } catch (RuntimeException unchecked) {
                // who calls cannot be told now: refused, never let in, and told to come back (a 503 the scanners and
                // the balancer know), not a container's 500 page
                if (FULL_TRACE.tryAcquire(System.nanoTime())) {
                    LOG.log(Level.WARNING, "API caller not checked, answered busy (the first this minute, in full)", unchecked);
                } else {
                    LOG.log(Level.WARNING, "API caller not checked, answered busy: {0}", unchecked.toString());
                }
                return ApiUnauthorized.busy(request, response);
            }
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential password) {
            SignIn result = authentication.signInOnPage(password.getCaller(), password.getPasswordAsString(),
                    ClientAddress.key(request), deviceCookie(request));
            if (result.outcome() == SignIn.Outcome.THROTTLED) {
                request.setAttribute(THROTTLED_ATTRIBUTE, result.retryAfterSeconds());
            }
            if (!result.isValid()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (result.newDeviceCookie() != null) {
                keepDeviceCookie(request, response, result.newDeviceCookie());
            }
            request.changeSessionId();
            request.getSession(true).setAttribute(SignedIn.SESSION_KEY,
                    new SignedIn(result.username(), new HashSet<>(result.roles()), Instant.now(),
                            authentication.mustChangePassword(result.username())));
            return context.notifyContainerAboutLogin(result.username(), new HashSet<>(result.roles()));
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedIn.SESSION_KEY) instanceof SignedIn signedIn) {
            Optional<SignIn> still = authentication.stillSignedIn(signedIn.username(), signedIn.since());
            if (still.isPresent()) {
                if (signedIn.mustChangePassword() && !mayBeforeChangingThePassword(request)) {
                    return context.redirect(request.getContextPath() + "/account/index.xhtml");
                }
                return context.notifyContainerAboutLogin(signedIn.username(), new HashSet<>(still.get().roles()));
            }
            // disabled, or the password changed elsewhere: this session ends now
            session.invalidate();
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
        SignIn result = null;
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] pair = basic(header.substring(6).trim());
            result = pair == null ? SignIn.invalid() : authentication.signIn(pair[0], pair[1], ClientAddress.key(request));
        } else if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).trim();
            Optional<DeviceService.DeviceSignIn> device = devices.signIn(token);
            if (device.isPresent()) {
                // a paired gate or lead scanner: it acts only as that device, for its event
                return context.notifyContainerAboutLogin(DeviceNames.of(device.get().deviceId()), Set.of(device.get().role()));
            }
            result = authentication.bearer(token, ClientAddress.key(request));
        }
        if (result != null) {
            if (result.isValid()) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                if (!path.equals("/api/account/password") && authentication.mustChangePassword(result.username())) {
                    return ApiUnauthorized.mustChangePassword(request, response);
                }
                return context.notifyContainerAboutLogin(result.username(), new HashSet<>(result.roles()));
            }
            if (result.outcome() == SignIn.Outcome.THROTTLED) {
                return ApiUnauthorized.throttled(request, response, result.retryAfterSeconds());
            }
            return ApiUnauthorized.send(request, response);
        }
        if (header != null || context.isProtected()) {
            return ApiUnauthorized.send(request, response);
        }
        return context.doNothing();
    }

    /** The username and password of a Basic header, or null when it is not one. */
    private static String[] basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What a session that must change its given password may still open: its account page, and what pages load. */
    private static boolean mayBeforeChangingThePassword(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/account/") || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.equals("/login.xhtml") || path.equals("/favicon.ico");
    }

    /** The browser's device cookie: proof that it signed in to an account with its password before. */
    private static String deviceCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (jakarta.servlet.http.Cookie c : request.getCookies()) {
            if (AuthenticationService.DEVICE_COOKIE.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }

    /** Keeps a new device cookie for a year: never readable by scripts, sent only to this application. */
    private static void keepDeviceCookie(HttpServletRequest request, HttpServletResponse response, String secret) {
        jakarta.servlet.http.Cookie cookie = new jakarta.servlet.http.Cookie(AuthenticationService.DEVICE_COOKIE, secret);
        cookie.setHttpOnly(true);
        cookie.setSecure(ClientAddress.secure(request) || Production.isOn());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(366 * 24 * 3600);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
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
