package vn.wtcexpo.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.PrimeFaces;
import vn.wtcexpo.identity.application.AccountService;
import vn.wtcexpo.identity.application.AccountSummary;
import vn.wtcexpo.identity.application.NewAccount;
import vn.wtcexpo.identity.model.Role;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.support.Retried;

/** The venue admin's page of accounts: create, disable (with confirmation, never oneself), enable, reset a password. */
@Named
@ViewScoped
@Retried
public class AccountAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private List<AccountSummary> list = List.of();
    private String username;
    private String fullName;
    private String email;
    private Role[] roles = new Role[0];
    private String password;
    private String resetUsername;
    private String resetPassword;

    public void load() {
        list = accounts.accounts();
    }

    public void startNew() {
        username = null;
        fullName = null;
        email = null;
        roles = new Role[0];
        password = null;
    }

    public void create() {
        try {
            Set<Role> chosen = EnumSet.noneOf(Role.class);
            if (roles != null) {
                chosen.addAll(List.of(roles));
            }
            AccountSummary created = accounts.create(new NewAccount(username, fullName, email, chosen, password));
            FacesMessages.info("admin.accounts.created", created.username());
            PrimeFaces.current().executeScript("PF('accountDialog').hide()");
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void disable(AccountSummary account) {
        try {
            accounts.disable(account.username());
            FacesMessages.info("admin.accounts.disabled", account.username());
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void enable(AccountSummary account) {
        try {
            accounts.enable(account.username());
            FacesMessages.info("admin.accounts.enabled", account.username());
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void startReset(AccountSummary account) {
        resetUsername = account.username();
        resetPassword = null;
    }

    public void reset() {
        try {
            accounts.resetPassword(resetUsername, resetPassword);
            FacesMessages.info("admin.accounts.passwordReset", resetUsername);
            resetPassword = null;
            PrimeFaces.current().executeScript("PF('resetDialog').hide()");
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public String getResetUsername() { return resetUsername; }
    public String getResetPassword() { return resetPassword; }
    public void setResetPassword(String resetPassword) { this.resetPassword = resetPassword; }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<AccountSummary> getList() { return list; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Role[] getRoles() { return roles; }
    public void setRoles(Role[] roles) { this.roles = roles; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
