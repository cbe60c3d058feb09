package vn.wtcexpo.rest.exhibition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.exhibition.application.StaffService;
import vn.wtcexpo.exhibition.application.StaffSummary;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.support.Retried;

/** The calling exhibitor's staff list for an event; the badge issue prints their badges. */
@Path("events/{eventId}/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_EXHIBITION, description = ApiApplication.TAG_EXHIBITION_TEXT)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Retried
public class StaffResource {

    @Inject
    private StaffService staff;

    @GET
    @Operation(operationId = "staffList", summary = "The caller's staff for the event, and how many it may register (limit)")
    public ReportJson.StaffListJson list(@PathParam("eventId") String eventId) {
        return ReportJson.StaffListJson.of(staff.myStaff(eventId));
    }

    @POST
    @Operation(operationId = "staffAdd", summary = "Registers a person: {\"fullName\": \"...\", \"email\": \"...\", \"jobTitle\": \"...\"}")
    @APIResponse(responseCode = "201", description = "The person")
    @APIResponse(responseCode = "409", description = "STAFF_LIMIT_REACHED, STAFF_NEEDS_A_BOOTH, STAFF_EMAIL_TAKEN")
    public Response add(@PathParam("eventId") String eventId, StaffInput input) {
        if (input == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        StaffSummary added = staff.addStaff(eventId, input.fullName(), input.email(), input.jobTitle());
        return Response.status(201).entity(ReportJson.StaffJson.of(added)).build();
    }

    @DELETE
    @Path("{staffId}")
    @Operation(operationId = "staffRemove", summary = "Takes a person off the list")
    public Response remove(@PathParam("eventId") String eventId, @PathParam("staffId") String staffId) {
        staff.removeStaff(eventId, staffId);
        return Response.noContent().build();
    }

    /** A person to register. */
    public record StaffInput(String fullName, String email, String jobTitle) {
    }
}
