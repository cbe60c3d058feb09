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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.registration.application.BadgeDocuments;
import vn.wtcexpo.registration.application.BadgeFormat;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.web.support.Retried;

/**
 * Badges of an event printed in bulk: the desk's batch jobs, an exhibitor's staff badges.
 */
@Path("events/{id}/badges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_REGISTRATION, description = ApiApplication.TAG_REGISTRATION_TEXT)
@Retried
public class EventBadgesResource {

    @Inject
    private BadgeDocuments documents;

    @PathParam("id")
    private String eventId;

    @POST
    @Path("print-jobs")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "badgePrintJobStart", summary = "Starts printing all active badges of a type (all types "
            + "without one) to one PDF in the background; poll GET /api/badge-jobs/{id}")
    @APIResponse(responseCode = "202", description = "The job")
    @APIResponse(responseCode = "409", description = "BADGE_BATCH_EMPTY")
    public Response startPrintJob(BadgeJobInput input) {
        BadgeKind kind = input == null || input.type() == null ? null : RegistrationResource.kind(input.type());
        BadgeFormat format = BadgeFormat.parse(input == null ? null : input.size());
        return Response.accepted(BadgeJobJson.of(documents.startBatch(eventId, kind, format))).build();
    }

    @GET
    @Path("staff.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "staffBadgesPdf", summary = "The calling exhibitor's staff badges for the event, one per page (size A6 or LABEL)")
    @APIResponse(responseCode = "200", description = "application/pdf")
    public Response staffBadges(@QueryParam("size") String size) {
        return Response.ok(documents.myStaffPdf(eventId, BadgeFormat.parse(size)), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"staff-badges.pdf\"").build();
    }
}
