package vn.wtcexpo.rest.exhibition;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.exhibition.application.ReservationService;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.rest.ApiTime;
import vn.wtcexpo.rest.booking.DecisionInput;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.support.Retried;

/** Booth reservations: exhibitors see their own; organizers decide on their events' and record payments. */
@Path("reservations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_EXHIBITION, description = ApiApplication.TAG_EXHIBITION_TEXT)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Retried
public class ReservationResource {

    @Inject
    private ReservationService reservations;

    @GET
    @Operation(operationId = "reservationsList", summary = "An exhibitor's own reservations; an organizer's events' (event= one event)")
    public List<ReservationJson> list(@QueryParam("event") String eventId) {
        return reservations.reservations(eventId == null || eventId.isBlank() ? null : eventId).stream()
                .map(ReservationJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "reservationsGet", summary = "One reservation (its exhibitor, the event's organizer, the venue admin)")
    @APIResponse(responseCode = "404", description = "RESERVATION_NOT_FOUND")
    public ReservationJson get(@PathParam("id") String id) {
        return ReservationJson.of(reservations.reservation(id));
    }

    @POST
    @Path("{id}/approve")
    @Operation(operationId = "reservationsApprove", summary = "Approves a hold (the event's organizer): the booth is RESERVED and a payment request issued")
    @APIResponse(responseCode = "409", description = "RESERVATION_NOT_ON_HOLD")
    public ReservationJson approve(@PathParam("id") String id, @RequestBody(required = false, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionInput.class))) String body) {
        DecisionInput.parse(body);
        return ReservationJson.of(reservations.approve(id));
    }

    @POST
    @Path("approve")
    @Operation(operationId = "reservationsApproveTogether", summary = "Approves holds of one company at one event together "
            + "(the event's organizer): {\"reservations\": [\"id\", ...]}; every booth is RESERVED and one payment request "
            + "covers them all, a line per booth; all or none")
    @APIResponse(responseCode = "400", description = "RESERVATIONS_REQUIRED, RESERVATIONS_TOO_MANY, RESERVATIONS_NOT_ONE_COMPANY")
    @APIResponse(responseCode = "404", description = "RESERVATION_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "RESERVATION_NOT_ON_HOLD")
    public TogetherJson approveTogether(TogetherInput input) {
        if (input == null || input.reservations() == null || input.reservations().isEmpty()) {
            throw DomainException.invalid("reservations", "RESERVATIONS_REQUIRED");
        }
        List<ReservationJson> done = reservations.approveTogether(input.reservations()).stream().map(ReservationJson::of).toList();
        return new TogetherJson(done.get(0).invoice(), done);
    }

    @POST
    @Path("{id}/reject")
    @Operation(operationId = "reservationsReject", summary = "Declines a hold, with a reason (the event's organizer); the booth is available again")
    public ReservationJson reject(@PathParam("id") String id, @RequestBody(required = false, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionInput.class))) String body) {
        return ReservationJson.of(reservations.reject(id, DecisionInput.parse(body).reason()));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(operationId = "reservationsCancel", summary = "Cancels (its exhibitor before approval, the organizer until sold); the booth is available again")
    @APIResponse(responseCode = "409", description = "RESERVATION_CANNOT_CANCEL, RESERVATION_HAS_PAYMENTS")
    public ReservationJson cancel(@PathParam("id") String id, @RequestBody(required = false, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionInput.class))) String body) {
        return ReservationJson.of(reservations.cancel(id, DecisionInput.parse(body).reason()));
    }

    @POST
    @Path("{id}/hold")
    @Operation(operationId = "reservationsHoldUntil", summary = "Moves a hold's end: {\"until\": \"2027-06-01T17:00:00+07:00\"} (the event's organizer)")
    public ReservationJson holdUntil(@PathParam("id") String id, HoldInput input) {
        if (input == null || input.until() == null) {
            throw DomainException.invalid("until", "VALUE_REQUIRED");
        }
        return ReservationJson.of(reservations.holdUntil(id, ApiTime.in(input.until())));
    }

    @POST
    @Path("{id}/payments")
    @Operation(operationId = "reservationsPay", summary = "Records money received: {\"amountVnd\": 1000000, \"receivedOn\": \"2027-05-02\", \"reference\": \"...\"}; paid in full makes the booth SOLD")
    @APIResponse(responseCode = "400", description = "PAYMENT_NOT_POSITIVE, PAYMENT_ABOVE_OUTSTANDING")
    @APIResponse(responseCode = "409", description = "RESERVATION_NOT_RESERVED, INVOICE_VOID")
    public ReservationJson pay(@PathParam("id") String id, PaymentInput input) {
        if (input == null || input.amountVnd() == null) {
            throw DomainException.invalid("amountVnd", "VALUE_REQUIRED");
        }
        return ReservationJson.of(reservations.recordPayment(id, input.amountVnd(), input.receivedOn(), input.reference()));
    }

    @POST
    @Path("expire-due")
    @Operation(operationId = "reservationsExpireDue", summary = "Expires now the holds due by 'cutoff' (venue admin; a timer does this every minute)")
    public Map<String, Integer> expireDue(HoldInput body) {
        return Map.of("expired", reservations.expireHoldsDueBy(body == null ? null : ApiTime.in(body.until())));
    }

    /** The holds to approve together: ids of reservations of one company at one event. */
    public record TogetherInput(List<String> reservations) {
    }

    /** Holds approved together: their one payment request, and the reservations. */
    @jakarta.json.bind.annotation.JsonbPropertyOrder({"invoice", "reservations"})
    public record TogetherJson(ReservationJson.InvoiceJson invoice, List<ReservationJson> reservations) {
    }

    /** A moment: a hold's new end, or the cutoff of expire-due. */
    public record HoldInput(OffsetDateTime until) {
    }

    /** Money received in whole VND, the day it came in (today when left out) and a bank reference. */
    public record PaymentInput(Long amountVnd, LocalDate receivedOn, String reference) {
    }
}
