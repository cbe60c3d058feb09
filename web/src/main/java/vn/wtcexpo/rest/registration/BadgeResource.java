package vn.wtcexpo.rest.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.registration.application.BadgeService;
import vn.wtcexpo.registration.application.BadgeDocuments;
import vn.wtcexpo.registration.application.BadgeFormat;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.web.support.Retried;

/**
 * One badge: read it, its QR image and printable PDF (staff, or whoever holds the link key of the registration
 * answer), revoke it, reissue it after a loss, count a print.
 */
@Path("badges/{id}")
@RequestScoped
@Tag(name = ApiApplication.TAG_REGISTRATION, description = ApiApplication.TAG_REGISTRATION_TEXT)
@Retried
public class BadgeResource {

    @Inject

    private BadgeService badgeService;

    @Context
    private UriInfo uri;

    @Inject
    private BadgeDocuments documents;

    @PathParam("id")
    private String id;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "badgesGet", summary = "A badge (the desk, the venue admin, the exhibitor whose staff it is, or the link key)")
    @APIResponse(responseCode = "404", description = "BADGE_NOT_FOUND")
    public BadgeJson get(@QueryParam("key") String key) {
        return BadgeJson.of(key == null ? badgeService.badge(id) : badgeService.badgeWithKey(id, key), BadgeJson.origin(uri));
    }

    @GET
    @Path("qr.png")
    @Produces({"image/png", MediaType.APPLICATION_JSON})
    @Operation(operationId = "badgesQrPng", summary = "The badge's QR code (error correction Q, 4-module quiet zone, 8 px a module)")
    @APIResponse(responseCode = "200", description = "image/png")
    @APIResponse(responseCode = "409", description = "BADGE_REVOKED")
    public Response qr(@QueryParam("key") String key) {
        return Response.ok(documents.qrPng(id, key), "image/png")
                .header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("badge.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "badgesPdf", summary = "The printable badge: size A6 (default) or LABEL (80 × 120 mm)")
    @APIResponse(responseCode = "200", description = "application/pdf")
    @APIResponse(responseCode = "409", description = "BADGE_REVOKED")
    public Response pdf(@QueryParam("key") String key, @QueryParam("size") String size) {
        return Response.ok(documents.pdf(id, key, BadgeFormat.parse(size)), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"badge.pdf\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @POST
    @Path("revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "badgesRevoke", summary = "Revokes a badge (the event's organizer, the venue admin): its code goes on the revocation list")
    @APIResponse(responseCode = "409", description = "BADGE_REVOKED")
    public BadgeJson revoke() {
        return BadgeJson.of(badgeService.revoke(id), BadgeJson.origin(uri));
    }

    @POST
    @Path("reissue")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "badgesReissue", summary = "Reissues a lost badge with a new code; the old code goes on the revocation list and the holder is mailed the new badge")
    public BadgeJson reissue() {
        return BadgeJson.of(badgeService.reissue(id), BadgeJson.origin(uri));
    }

    @POST
    @Path("printed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "badgesPrinted", summary = "Counts a print at the desk (printing is not a check-in)")
    public BadgeJson printed() {
        return BadgeJson.of(badgeService.printed(id), BadgeJson.origin(uri));
    }
}
