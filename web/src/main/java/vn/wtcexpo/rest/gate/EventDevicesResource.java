package vn.wtcexpo.rest.gate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.gate.application.DeviceService;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.web.support.Retried;

/** Gate devices paired to an event: each gets a bearer token once, limited to the event's gate scanning. */
@Path("events/{id}/devices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_CHECKIN, description = ApiApplication.TAG_CHECKIN_TEXT)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Retried
public class EventDevicesResource {

    @Inject

    private DeviceService deviceService;

    @PathParam("id")
    private String eventId;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "devicesList", summary = "The event's paired devices, newest first, never their tokens (the organizer, the venue admin)")
    public List<DeviceJson> list() {
        return deviceService.devices(eventId).stream().map(d -> DeviceJson.of(d, null)).toList();
    }

    @POST
    @Operation(operationId = "devicesPair", summary = "Pairs a gate device: the answer holds its bearer token, once, and the "
            + "scanner page's address with it (the pairing QR) (the organizer, the venue admin)")
    @APIResponse(responseCode = "201", description = "The device with its token")
    public Response pair(DeviceInput input) {
        DeviceInput in = input == null ? new DeviceInput(null, null) : input;
        var device = deviceService.pairDevice(eventId, in.name(), in.expiresInDays());
        return Response.status(201).entity(DeviceJson.of(device, scannerUrl(uri, device.token()))).build();
    }

    /** The scanner page with a device token in its fragment (never sent to a server, kept by the page). */
    static String scannerUrl(UriInfo uri, String token) {
        String base = uri.getBaseUri().toString().replaceAll("/api/?$", "");
        return base + "/scanner.xhtml#device=" + token;
    }
}
