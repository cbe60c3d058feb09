package vn.wtcexpo.it.edges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.ShippedApplication;
import vn.wtcexpo.it.support.TestFairs;

/** A body sent in chunks, with no length said beforehand, is held to the API's limit as one that says its length. */
@ExtendWith(ShippedApplication.class)
class ChunkedBodyIT {

    /** Sends {@code chunks} of {@code chunk} bytes (JSON that never ends) and answers the status line and body. */
    private static String send(String path, String head, int chunks, int chunk, String tail) throws IOException {
        URI base = URI.create(Api.BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String auth = Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAuthorization: Basic " + auth + "\r\nContent-Type: application/json\r\nAccept: application/json"
                    + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                writeChunk(out, head.getBytes(StandardCharsets.UTF_8));
                byte[] filler = "x".repeat(chunk).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < chunks; i++) {
                    writeChunk(out, filler);
                }
                writeChunk(out, tail.getBytes(StandardCharsets.UTF_8));
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedByTheServer) {
                // the server answered and closed before the body ended: read what it said
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                in.transferTo(answer);
            } catch (IOException reset) {
                // a connection reset after the answer arrived
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void writeChunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aChunkedBodyOfThreeMegabytes_is413WithTheJsonBody() throws IOException {
        String answer = send("/api/accounts", "{\"username\": \"", 48, 64 * 1024, "\"}");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer.lines().findFirst().orElse(answer));
        assertTrue(answer.contains("PAYLOAD_TOO_LARGE"), answer);
    }

    @Test
    void aSmallChunkedBody_isReadAsAny() throws IOException {
        TestFairs.Fair f = TestFairs.published("CB");
        String answer = send("/api/events/" + f.eventId() + "/registrations",
                "{\"fullName\": \"Khách Gửi Từng Khúc\", \"email\": \"chunk." + System.nanoTime() + "@example.vn\", \"company\": \"", 1, 10,
                "\", \"locale\": \"vi\"}");
        assertEquals("HTTP/1.1 201", answer.substring(0, 12), answer);
    }
}
