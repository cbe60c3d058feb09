package vn.wtcexpo.rest.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.identity.application.AccountService;
import vn.wtcexpo.identity.application.NewAccount;
import vn.wtcexpo.identity.model.Role;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.support.Retried;

/** Accounts on the API (venue admin only). */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Tag(name = "Accounts", description = "Who may sign in, with which roles")
@Retried
public class AccountResource {

    @Inject
    private AccountService accounts;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "accountsList", summary = "All accounts (venue admin)")
    public List<AccountJson> list() {
        return accounts.accounts().stream().map(AccountJson::of).toList();
    }

    @POST
    @Operation(operationId = "accountsCreate", summary = "Creates an account (venue admin); the password needs at least 8 characters")
    public Response create(AccountJson account) {
        if (account == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (account.roles() != null) {
            account.roles().stream().filter(r -> r != null).forEach(roles::add);
        }
        AccountJson created = AccountJson.of(accounts.create(new NewAccount(account.username(), account.fullName(),
                account.email(), roles, account.password())));
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @POST
    @Path("{username}/disable")
    @Operation(operationId = "accountsDisable", summary = "Stops an account from signing in (venue admin)")
    public AccountJson disable(@PathParam("username") String username) {
        return AccountJson.of(accounts.disable(username));
    }

    @POST
    @Path("{username}/password")
    @Operation(operationId = "accountsResetPassword",
            summary = "Sets a new password for an account (venue admin); its sessions end, its tokens stay")
    @APIResponse(responseCode = "204", description = "Password set")
    public Response resetPassword(@PathParam("username") String username, NewPasswordJson body) {
        if (body == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        accounts.resetPassword(username, body.newPassword());
        return Response.noContent().build();
    }

    /** The venue admin's reset: only the new password. */
    public record NewPasswordJson(String newPassword) {
    }

    @POST
    @Path("{username}/enable")
    @Operation(operationId = "accountsEnable", summary = "Lets a disabled account sign in again (venue admin)")
    public AccountJson enable(@PathParam("username") String username) {
        return AccountJson.of(accounts.enable(username));
    }
}
