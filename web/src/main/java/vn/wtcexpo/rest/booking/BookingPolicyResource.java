package vn.wtcexpo.rest.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.booking.application.BookingPolicyService;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.support.Retried;

/** The venue's booking policy (hold length, move-day rate) and dated VAT rules. */
@Path("booking-policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Tag(name = ApiApplication.TAG_BOOKING, description = ApiApplication.TAG_BOOKING_TEXT)
@Retried
public class BookingPolicyResource {

    /** Hold length in days and the price of a move-in or move-out day, in percent of the day rate. */
    public record PolicyInput(Integer holdDays, Integer moveDayRatePercent) {
    }

    /** A VAT rate valid on the days [validFrom, validTo] (validTo empty: open-ended). */
    public record VatRuleInput(LocalDate validFrom, LocalDate validTo, Double ratePercent, String note) {
    }

    @Inject
    private BookingPolicyService bookings;

    @GET
    @Operation(operationId = "bookingPolicyGet", summary = "The booking policy and VAT rules")
    public PolicyJson get() {
        return PolicyJson.of(bookings.policy());
    }

    @PUT
    @Operation(operationId = "bookingPolicyChange", summary = "Changes the hold length and the move-day rate (venue admin)")
    public PolicyJson change(PolicyInput input) {
        if (input == null || input.holdDays() == null) {
            throw DomainException.invalid("holdDays", "VALUE_REQUIRED");
        }
        if (input.moveDayRatePercent() == null) {
            throw DomainException.invalid("moveDayRatePercent", "VALUE_REQUIRED");
        }
        return PolicyJson.of(bookings.changePolicy(input.holdDays(), input.moveDayRatePercent()));
    }

    @POST
    @Path("vat-rules")
    @Operation(operationId = "bookingPolicyAddVatRule", summary = "Adds a dated VAT rule (venue admin); rules never overlap")
    public PolicyJson addVatRule(VatRuleInput input) {
        if (input == null || input.ratePercent() == null) {
            throw DomainException.invalid("ratePercent", "VALUE_REQUIRED");
        }
        return PolicyJson.of(bookings.addVatRule(input.validFrom(), input.validTo(), input.ratePercent(), input.note()));
    }

    @DELETE
    @Path("vat-rules/{id}")
    @Operation(operationId = "bookingPolicyRemoveVatRule", summary = "Removes a VAT rule (venue admin)")
    public PolicyJson removeVatRule(@PathParam("id") String id) {
        return PolicyJson.of(bookings.removeVatRule(id));
    }
}
