package vn.wtcexpo.rest.gate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import vn.wtcexpo.gate.application.GateService;
import vn.wtcexpo.gate.application.DeviceService;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.rest.Bilingual;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.web.support.Retried;

/** One paired device: revoking it, and what a device learns about itself. */
@Path("devices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_CHECKIN, description = ApiApplication.TAG_CHECKIN_TEXT)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Retried
public class DevicesResource {

    @Inject

    private GateService gates;


    @Inject

    private DeviceService deviceService;

    @Inject
    private EventService events;

    @DELETE
    @Path("{id}")
    @Operation(operationId = "devicesRevoke", summary = "Revokes a device: its token stops at once (the event's organizer, "
            + "the venue admin, whoever paired it)")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "DEVICE_NOT_FOUND")
    public Response revoke(@PathParam("id") String id) {
        deviceService.revokeDevice(id);
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    @Operation(operationId = "devicesMe", summary = "The calling device (bearer token of a paired device), its event's name and (a gate device) its gates")
    public MeJson me() {
        var device = deviceService.me();
        List<GateJson> list = device.mode() == vn.wtcexpo.gate.model.DeviceMode.GATE
                ? gates.gates(device.eventId()).stream().map(GateJson::of).toList() : List.of();
        EventSummary event = events.event(device.eventId());
        return new MeJson(DeviceJson.of(device, null), new Bilingual(event.nameVi(), event.nameEn()), list);
    }

    /** A device, its event's name and the gates it may scan at. */
    @JsonbPropertyOrder({"device", "eventName", "gates"})
    public record MeJson(DeviceJson device, Bilingual eventName, List<GateJson> gates) {
    }
}
