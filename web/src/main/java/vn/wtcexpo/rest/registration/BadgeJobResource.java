package vn.wtcexpo.rest.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.registration.application.BadgeDocuments;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.web.support.Retried;

/** Batch printing jobs: progress, and the PDF once ready (whoever started the job, the venue admin). */
@Path("badge-jobs/{id}")
@RequestScoped
@Tag(name = ApiApplication.TAG_REGISTRATION, description = ApiApplication.TAG_REGISTRATION_TEXT)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Retried
public class BadgeJobResource {

    @Inject
    private BadgeDocuments documents;

    @PathParam("id")
    private String id;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "badgeJobsGet", summary = "A batch printing job: RUNNING with its progress, READY with pdfUrl, or FAILED")
    @APIResponse(responseCode = "404", description = "BADGE_JOB_NOT_FOUND")
    public BadgeJobJson get() {
        return BadgeJobJson.of(documents.job(id));
    }

    @GET
    @Path("badges.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "badgeJobsPdf", summary = "The batch's PDF, one badge per page")
    @APIResponse(responseCode = "200", description = "application/pdf")
    @APIResponse(responseCode = "409", description = "BADGE_JOB_NOT_READY")
    public Response pdf() {
        return Response.ok(documents.jobPdf(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"badges.pdf\"").build();
    }
}
