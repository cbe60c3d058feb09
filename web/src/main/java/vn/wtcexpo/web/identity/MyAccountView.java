package vn.wtcexpo.web.identity;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import vn.wtcexpo.identity.application.IssuedToken;
import vn.wtcexpo.identity.application.MyAccountService;
import vn.wtcexpo.identity.application.TokenSummary;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.security.Sessions;
import vn.wtcexpo.web.support.Retried;

/** Everyone's own account: change the password, create and revoke API tokens. */
@Named
@ViewScoped
@Retried
public class MyAccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyAccountService me;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;
    /** Whether the password change takes the API tokens along (asked; yes unless the person unticks it). */
    private boolean revokeTokens = true;
    private List<TokenSummary> tokens = List.of();
    private String tokenName;
    private Integer tokenDays = 90;
    /** The secret of the token just created: shown once, on this view only. */
    private String newSecret;

    public void load() {
        tokens = me.tokens();
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            FacesMessages.error("account.password.mismatch");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            me.changePassword(currentPassword, newPassword, revokeTokens);
            load();
            // this session stays signed in; the others end
            Sessions.renewSignIn((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
            currentPassword = null;
            newPassword = null;
            repeatPassword = null;
            FacesMessages.info("account.password.changed");
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void createToken() {
        try {
            IssuedToken issued = me.createToken(tokenName, tokenDays);
            newSecret = issued.secret();
            tokenName = null;
            FacesMessages.info("account.tokens.created", issued.token().name());
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void revoke(TokenSummary token) {
        try {
            me.revokeToken(token.id());
            FacesMessages.info("account.tokens.revoked", token.name());
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getRepeatPassword() { return repeatPassword; }
    public void setRepeatPassword(String repeatPassword) { this.repeatPassword = repeatPassword; }
    public List<TokenSummary> getTokens() { return tokens; }
    public String getTokenName() { return tokenName; }
    public void setTokenName(String tokenName) { this.tokenName = tokenName; }
    public Integer getTokenDays() { return tokenDays; }
    public void setTokenDays(Integer tokenDays) { this.tokenDays = tokenDays; }
    public String getNewSecret() { return newSecret; }

    public boolean isRevokeTokens() { return revokeTokens; }
    public void setRevokeTokens(boolean revokeTokens) { this.revokeTokens = revokeTokens; }

    public boolean isMustChangePassword() {
        return Sessions.mustChangePassword((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }
}
