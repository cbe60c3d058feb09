package vn.wtcexpo.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.gate.application.DeviceService;
import vn.wtcexpo.gate.application.DeviceTokens;

/**
 * An API caller whom the server cannot check now (the database, or the persistence unit of a server still starting,
 * does not answer) is refused with the API's busy answer, never let in and never shown the container's 500 page.
 */
class ApiCallerUncheckedTest {

    private final Map<String, Object> answer = new HashMap<>();
    private final StringWriter body = new StringWriter();

    private final HttpServletRequest request = proxy(HttpServletRequest.class, (name, args) -> switch (name) {
        case "getRequestURI" -> "/api/checkins";
        case "getContextPath" -> "";
        case "getHeader" -> "Authorization".equals(args[0]) ? "Bearer a-device-token" : null;
        case "getLocales" -> Collections.enumeration(java.util.List.of(Locale.ENGLISH));
        default -> null;
    });

    private final HttpServletResponse response = proxy(HttpServletResponse.class, (name, args) -> {
        switch (name) {
            case "setStatus" -> answer.put("status", args[0]);
            case "setHeader" -> answer.put((String) args[0], args[1]);
            case "setContentType" -> answer.put("Content-Type", args[0]);
            case "getWriter" -> {
                return new PrintWriter(body, true);
            }
            default -> {
            }
        }
        return null;
    });

    private final HttpMessageContext context = proxy(HttpMessageContext.class, (name, args) -> {
        throw new AssertionError("the caller must not be let in: " + name);
    });

    @Test
    void aDeviceThatCannotBeChecked_isAnswered503WithRetryAfterAndJson() throws Exception {
        ExpoAuthenticationMechanism mechanism = new ExpoAuthenticationMechanism();
        set(mechanism, "devices", new DeviceTokens() {
            @Override
            public Optional<DeviceService.DeviceSignIn> signIn(String token) {
                throw new IllegalStateException("Unable to retrieve EntityManagerFactory for unitName wtcexpo");
            }
        });

        AuthenticationStatus status = mechanism.validateRequest(request, response, context);

        assertEquals(AuthenticationStatus.SEND_FAILURE, status);
        assertEquals(503, answer.get("status"));
        assertEquals("2", answer.get("Retry-After"));
        assertEquals("application/json", answer.get("Content-Type"));
        assertTrue(body.toString().contains("\"error\":\"SERVICE_BUSY\""), body.toString());
    }

    private interface Call {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Call call) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> call.answer(method.getName(), args == null ? new Object[0] : args));
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
