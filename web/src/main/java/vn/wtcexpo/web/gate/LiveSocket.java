package vn.wtcexpo.web.gate;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.util.List;
import vn.wtcexpo.shared.Roles;

/**
 * The live dashboard's web socket: {@code /live/gates?event=<id>}. Only a signed-in organizer or venue admin
 * connects (the page's session); the server sends the event's id when its gates scanned ({@link LivePush}), and
 * the page refreshes itself. Nothing is read from the socket.
 */
@ServerEndpoint(value = "/live/gates", configurator = LiveSocket.Guard.class)
public class LiveSocket {

    static final String ALLOWED = "wtcexpo.live.allowed";

    @OnOpen
    public void open(Session session, EndpointConfig config) throws IOException {
        List<String> event = session.getRequestParameterMap().get("event");
        if (!Boolean.TRUE.equals(config.getUserProperties().get(ALLOWED)) || event == null || event.isEmpty()
                || event.get(0).length() > 36) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "not allowed"));
            return;
        }
        CDI.current().select(LivePush.class).get().listen(event.get(0), session);
    }

    @OnClose
    public void close(Session session) {
        CDI.current().select(LivePush.class).get().forget(session);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        CDI.current().select(LivePush.class).get().forget(session);
    }

    /** Lets in the page's signed-in organizers and venue admins (whether they organize this event is checked on refresh). */
    public static class Guard extends ServerEndpointConfig.Configurator {
        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            config.getUserProperties().put(ALLOWED, request.getUserPrincipal() != null
                    && (request.isUserInRole(Roles.ORGANIZER) || request.isUserInRole(Roles.VENUE_ADMIN)));
        }
    }
}
