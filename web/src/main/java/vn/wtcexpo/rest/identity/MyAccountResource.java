package vn.wtcexpo.rest.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.identity.application.IssuedToken;
import vn.wtcexpo.identity.application.MyAccountService;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.support.Retried;

/** What any signed-in account does with itself: its password and its API tokens. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Tag(name = "My account", description = "The caller's own password and API tokens")
@Retried
public class MyAccountResource {

    @Inject
    private MyAccountService me;

    @Context
    private UriInfo uri;

    @Context
    private jakarta.servlet.http.HttpServletRequest request;

    @POST
    @Path("account/password")
    @Operation(operationId = "myAccountChangePassword",
            summary = "Changes the caller's password: {\"currentPassword\": ..., \"newPassword\": ... (at least 8 characters), "
                    + "\"revokeTokens\": true to revoke every API token of the account as well}")
    @APIResponse(responseCode = "204", description = "Changed; the caller's other browser sessions end (and the tokens, if asked)")
    @APIResponse(responseCode = "400", description = "ACCOUNT_PASSWORD_WRONG or a too short new password")
    public Response changePassword(PasswordJson body) {
        if (body == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        me.changePassword(body.currentPassword(), body.newPassword(), Boolean.TRUE.equals(body.revokeTokens()));
        return Response.noContent().build();
    }

    @GET
    @Path("tokens")
    @Operation(operationId = "tokensList", summary = "The caller's API tokens (never their secrets)")
    public List<TokenJson> tokens() {
        return me.tokens().stream().map(t -> TokenJson.of(t, null)).toList();
    }

    @POST
    @Path("tokens")
    @Operation(operationId = "tokensCreate", summary = "Creates an API token for the caller: {\"name\": ..., \"expiresInDays\": 1..366 (default 90)};"
            + " the token is in this answer only. Send it as Authorization: Bearer <token>")
    @APIResponse(responseCode = "201", description = "The token, with its secret in \"token\"")
    @APIResponse(responseCode = "403", description = "TOKEN_NEEDS_PASSWORD: only a password sign-in (Basic) makes tokens, never a token")
    @APIResponse(responseCode = "409", description = "TOKEN_LIMIT")
    public Response create(TokenJson.TokenRequestJson body) {
        // a token must not make tokens: one that leaked would otherwise outlive its own revocation through its heirs
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw DomainException.forbidden("TOKEN_NEEDS_PASSWORD");
        }
        if (body == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        IssuedToken issued = me.createToken(body.name(), body.expiresInDays());
        TokenJson json = TokenJson.of(issued.token(), issued.secret());
        return Response.created(uri.getBaseUriBuilder().path("tokens").path(json.id()).build())
                .header("Cache-Control", "no-store").entity(json).build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(operationId = "tokensRevoke", summary = "Revokes one of the caller's tokens at once")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "TOKEN_NOT_FOUND")
    public Response revoke(@PathParam("id") String id) {
        me.revokeToken(id);
        return Response.noContent().build();
    }
}
