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
import vn.wtcexpo.event.application.EventService;
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

    /**
     * Lets in a page of this application (its {@code Origin} names the host the socket was asked of: another site's
     * page, which the browser would send the person's cookie from, is refused) whose signed-in person may watch the
     * event: the venue admin, or the organizer of that event (another organizer is refused, as everyone else).
     */
    public static class Guard extends ServerEndpointConfig.Configurator {
        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            config.getUserProperties().put(ALLOWED, allowed(request));
        }

        static boolean allowed(HandshakeRequest request) {
            java.security.Principal who = request.getUserPrincipal();
            if (who == null || !sameOrigin(request.getHeaders())) {
                return false;
            }
            boolean admin = request.isUserInRole(Roles.VENUE_ADMIN);
            if (!admin && !request.isUserInRole(Roles.ORGANIZER)) {
                return false;
            }
            List<String> event = request.getParameterMap().get("event");
            if (event == null || event.size() != 1 || event.get(0).length() > 36) {
                return false;
            }
            if (admin) {
                return true;
            }
            try {
                return who.getName().equals(CDI.current().select(EventService.class).get().known(event.get(0)).organizer());
            } catch (RuntimeException unknownEvent) {
                return false;
            }
        }

        /** Whether the handshake's Origin header names the host it was sent to (scheme aside: TLS may end at a proxy). */
        static boolean sameOrigin(java.util.Map<String, List<String>> headers) {
            String origin = first(headers, "Origin");
            String host = first(headers, "Host");
            if (origin == null || host == null) {
                return false;
            }
            try {
                String authority = java.net.URI.create(origin.strip()).getRawAuthority();
                return authority != null && authority.equalsIgnoreCase(host.strip());
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private static String first(java.util.Map<String, List<String>> headers, String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }
}
