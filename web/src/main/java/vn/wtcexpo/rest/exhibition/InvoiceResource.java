package vn.wtcexpo.rest.exhibition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.exhibition.application.PaymentRequestSummary;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.exhibition.application.PaymentRequestService;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.web.support.Retried;

/**
 * Payment requests ("invoices" on the API): the bilingual PDF, and the data an e-invoice provider needs
 * to issue the legal VAT invoice (Vietnam's e-invoices come from a certified provider, not from us).
 */
@Path("invoices")
@RequestScoped
@Tag(name = ApiApplication.TAG_EXHIBITION, description = ApiApplication.TAG_EXHIBITION_TEXT)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Retried
public class InvoiceResource {

    @Inject
    private PaymentRequestService invoices;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "invoicesGet", summary = "A payment request (its exhibitor, the event's organizer, the venue admin)")
    @APIResponse(responseCode = "404", description = "INVOICE_NOT_FOUND")
    public ReservationJson.InvoiceJson get(@PathParam("id") String id) {
        return ReservationJson.InvoiceJson.of(invoices.paymentRequest(id));
    }

    @GET
    @Path("{id}.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "invoicesPdf", summary = "The payment request as a bilingual PDF")
    @APIResponse(responseCode = "200", description = "application/pdf")
    public Response pdf(@PathParam("id") String id) {
        PaymentRequestSummary p = invoices.paymentRequest(id);
        return Response.ok(invoices.paymentRequestPdf(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + p.number() + ".pdf\"").build();
    }

    @GET
    @Path("{id}/e-invoice.xml")
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @Operation(operationId = "invoicesEInvoiceXml", summary = "The same data in the XML layout of Vietnam's e-invoices "
            + "(Circular 78/2021: HDon, DLHDon, TTChung, NDHDon with NBan, NMua, DSHHDVu, TToan and the total in words), "
            + "unsigned and without the invoice's series and number, for a certified e-invoice provider to import")
    public Response eInvoiceXml(@PathParam("id") String id) {
        return Response.ok(invoices.eInvoiceXml(id), "application/xml; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + invoices.paymentRequest(id).number() + "-e-invoice.xml\"").build();
    }

    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "invoicesPay", summary = "Records money received against a payment request (the event's organizer): "
            + "{\"amountVnd\": 1000000, \"receivedOn\": \"2027-05-02\", \"reference\": \"...\"}; paid in full makes every booth on it SOLD")
    @APIResponse(responseCode = "400", description = "VALUE_REQUIRED, PAYMENT_NOT_POSITIVE, PAYMENT_ABOVE_OUTSTANDING, PAYMENT_IN_FUTURE")
    @APIResponse(responseCode = "404", description = "INVOICE_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "INVOICE_VOID")
    public ReservationJson.InvoiceJson pay(@PathParam("id") String id, ReservationResource.PaymentInput input) {
        if (input == null || input.amountVnd() == null) {
            throw DomainException.invalid("amountVnd", "VALUE_REQUIRED");
        }
        return ReservationJson.InvoiceJson.of(invoices.recordPayment(id, input.amountVnd(), input.receivedOn(),
                input.reference()));
    }

    @GET
    @Path("{id}/e-invoice")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "invoicesEInvoiceData", summary = "What an e-invoice provider needs to issue the VAT invoice: buyer, line, VAT by rate, totals")
    public Map<String, Object> eInvoice(@PathParam("id") String id) {
        PaymentRequestSummary p = invoices.paymentRequest(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reference", p.number());
        out.put("currency", "VND");
        out.put("buyer", Map.of("name", p.buyerName(), "taxCode", p.buyerTaxCode().replace("-", ""),
                "address", p.buyerAddress()));
        List<Map<String, Object>> lines = p.lines().stream().map(l -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("description", "Thuê gian hàng " + l.boothNumber() + " (sảnh " + l.hall() + ") – " + p.eventNameVi());
            line.put("unit", "gian hàng");
            line.put("quantity", 1);
            line.put("amountVnd", l.netVnd());
            line.put("vatRatePercent", l.rateBp() / 100.0);
            line.put("vatVnd", l.vatVnd());
            return line;
        }).toList();
        out.put("lines", lines);
        out.put("netVnd", p.netVnd());
        out.put("vatVnd", p.vatVnd());
        out.put("grossVnd", p.grossVnd());
        return out;
    }
}
