package vn.wtcexpo.rest.exhibition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.exhibition.application.ExhibitorService;
import vn.wtcexpo.exhibition.application.SignUp;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.support.RateLimiter;
import vn.wtcexpo.web.support.Retried;

/** Exhibitor companies: public sign-up (rate limited per address), the company's own profile. */
@Path("exhibitors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_EXHIBITION, description = ApiApplication.TAG_EXHIBITION_TEXT)
@Retried
public class ExhibitorResource {

    @Inject
    private ExhibitorService exhibitors;

    @Inject
    private RateLimiter limiter;

    @Context
    private HttpServletRequest request;

    @Context
    private UriInfo uri;

    @POST
    @Operation(operationId = "exhibitorsSignUp", summary = "Signs up a company and its first account (anyone; 10 sign-ups per client address per hour)")
    @APIResponse(responseCode = "201", description = "The company")
    @APIResponse(responseCode = "400", description = "TAX_CODE_INVALID, EMAIL_INVALID, bad input")
    @APIResponse(responseCode = "409", description = "ACCOUNT_USERNAME_TAKEN")
    @APIResponse(responseCode = "429", description = "TOO_MANY_REQUESTS, with Retry-After")
    public Response signUp(ExhibitorJson input) {
        if (input == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        SignUp signUp = new SignUp(input.toProfile(), input.username(), input.password());
        // bad input is refused for free; only a sign-up that would open an account counts against the limit
        exhibitors.check(signUp);
        limiter.hit(RateLimiter.SIGN_UP, vn.wtcexpo.web.security.ClientAddress.key(request));
        ExhibitorJson created = ExhibitorJson.of(exhibitors.signUp(signUp));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("me")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "exhibitorsMe", summary = "The calling exhibitor's company")
    @APIResponse(responseCode = "404", description = "EXHIBITOR_PROFILE_MISSING: fill it in with PUT")
    public ExhibitorJson me() {
        return exhibitors.myCompany().map(ExhibitorJson::of)
                .orElseThrow(() -> DomainException.notFound("EXHIBITOR_PROFILE_MISSING"));
    }

    @PUT
    @Path("me")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "exhibitorsSaveMe", summary = "Fills in or changes the calling exhibitor's company profile")
    public ExhibitorJson saveMe(ExhibitorJson input) {
        if (input == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        if (input.username() != null || input.password() != null) {
            throw DomainException.invalid("username", "EXHIBITOR_CREDENTIALS_NOT_HERE");
        }
        return ExhibitorJson.of(exhibitors.saveMyCompany(input.toProfile()));
    }

    @GET
    @Path("{id}")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "exhibitorsGet", summary = "A company (itself, organizers of events it takes part in, the venue admin)")
    public ExhibitorJson get(@PathParam("id") String id) {
        return ExhibitorJson.of(exhibitors.exhibitor(id));
    }
}
