package vn.wtcexpo.rest.notification;

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
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.notification.application.Outbox;
import vn.wtcexpo.notification.model.OutboxStatus;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.support.Retried;

/** The mail outbox on the API (venue admin): what was sent, what waits, what failed; send again. */
@Path("outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Tag(name = "E-mail", description = "The mail outbox: e-mails stored with their change, sent with retries")
@Retried
public class OutboxResource {

    @Inject
    private Outbox outbox;

    @GET
    @Operation(operationId = "outboxList", summary = "The latest e-mails, newest first (venue admin); status=PENDING|SENT|FAILED, limit 1..1000 (default 100)")
    public List<OutboxJson> list(@QueryParam("status") String status, @QueryParam("limit") Integer limit) {
        OutboxStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = OutboxStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("status", "INVALID_VALUE");
            }
        }
        return outbox.recent(wanted, limit == null ? 100 : limit).stream().map(OutboxJson::of).toList();
    }

    @POST
    @Path("{id}/resend")
    @Operation(operationId = "outboxResend", summary = "Sends a sent or failed e-mail again (venue admin)")
    @APIResponse(responseCode = "200", description = "The e-mail, waiting again")
    @APIResponse(responseCode = "404", description = "OUTBOX_MESSAGE_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "OUTBOX_ALREADY_PENDING")
    public OutboxJson resend(@PathParam("id") String id) {
        return OutboxJson.of(outbox.resend(id));
    }
}
