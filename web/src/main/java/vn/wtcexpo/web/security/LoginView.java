package vn.wtcexpo.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.wtcexpo.shared.Roles;
import vn.wtcexpo.web.i18n.FacesMessages;

/** The sign-in form and sign-out. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext security;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        var credential = new UsernamePasswordCredential(username == null ? "" : username.strip().toLowerCase(),
                password == null ? "" : password);
        AuthenticationStatus status = security.authenticate((HttpServletRequest) ext.getRequest(),
                (HttpServletResponse) ext.getResponse(), AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            ext.redirect(ext.getRequestContextPath() + safeNext());
            faces.responseComplete();
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            Object wait = ext.getRequestMap().get(ExpoAuthenticationMechanism.THROTTLED_ATTRIBUTE);
            if (wait instanceof Long seconds) {
                FacesMessages.error("login.throttled", (seconds + 59) / 60);
            } else {
                FacesMessages.error("login.failed");
            }
        }
    }

    /** Where to go after signing in: the page asked for, or the person's home page. */
    private String safeNext() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("login.xhtml")) {
            return next;
        }
        if (security.isCallerInRole(Roles.VENUE_ADMIN)) {
            return "/admin/calendar.xhtml";
        }
        if (security.isCallerInRole(Roles.ORGANIZER)) {
            return "/organizer/bookings.xhtml";
        }
        if (security.isCallerInRole(Roles.EXHIBITOR)) {
            return "/exhibitor/index.xhtml";
        }
        if (security.isCallerInRole(Roles.GATE_STAFF)) {
            return "/gate/index.xhtml";
        }
        return "/account/index.xhtml";
    }

    public void logout() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        request.logout();
        ext.invalidateSession();
        ext.redirect(ext.getRequestContextPath() + "/index.xhtml");
        faces.responseComplete();
    }

    /*
     * Who is calling, asked of the security context once per request: every page's header asks it a dozen times
     * (each link's "rendered"), and each asking walked the caller's subject (10 % of the public page's time).
     */
    private java.security.Principal caller;
    private boolean callerKnown;
    private final java.util.Map<String, Boolean> roles = new java.util.HashMap<>();

    private java.security.Principal principal() {
        if (!callerKnown) {
            caller = security.getCallerPrincipal();
            callerKnown = true;
        }
        return caller;
    }

    private boolean in(String role) {
        return principal() != null && roles.computeIfAbsent(role, security::isCallerInRole);
    }

    public boolean isSignedIn() {
        return principal() != null;
    }

    public String getCaller() {
        return principal() == null ? null : principal().getName();
    }

    public boolean isOrganizer() {
        return in(Roles.ORGANIZER) || in(Roles.VENUE_ADMIN);
    }

    /** Signed in without organizer or admin rights: an exhibitor or gate staff. */
    public boolean isExhibitorOrGate() {
        return in(Roles.EXHIBITOR) || in(Roles.GATE_STAFF);
    }

    /** Gate staff, or anyone who may open a scanner at an event's gates (organizers, the venue admin). */
    public boolean isGateStaff() {
        return in(Roles.GATE_STAFF);
    }

    public boolean isExhibitor() {
        return in(Roles.EXHIBITOR);
    }

    public boolean isAdmin() {
        return in(Roles.VENUE_ADMIN);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
