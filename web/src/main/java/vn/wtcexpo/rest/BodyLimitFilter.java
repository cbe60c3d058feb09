package vn.wtcexpo.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import vn.wtcexpo.web.i18n.Texts;
import vn.wtcexpo.web.security.JsonErrors;

/**
 * The API reads small JSON documents: a body above 256 KiB is refused with 413 before anything parses it. A body
 * that says its length is judged by it; one sent in chunks (no length) is read here up to one byte past the limit,
 * never further, and handed on from memory when it fits.
 */
@WebFilter("/api/*")
public class BodyLimitFilter extends HttpFilter {

    public static final long MAX_BODY_BYTES = 256 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        if (length > MAX_BODY_BYTES) {
            refuse(request, response);
            return;
        }
        if (length < 0 && hasBody(request)) {
            byte[] body = request.getInputStream().readNBytes((int) MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                response.setHeader("Connection", "close"); // the rest of the body is never read
                refuse(request, response);
                return;
            }
            chain.doFilter(new Buffered(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        String te = request.getHeader("Transfer-Encoding");
        return te != null && !te.isBlank() || "POST".equals(request.getMethod()) || "PUT".equals(request.getMethod())
                || "PATCH".equals(request.getMethod());
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var locale = Texts.firstSupported(Collections.list(request.getLocales()));
        response.setStatus(413);
        JsonErrors.write(response, "PAYLOAD_TOO_LARGE", Texts.error(locale, "PAYLOAD_TOO_LARGE", List.of()));
    }

    /** A request whose body was read here already: the rest of the chain reads it again from memory. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public int available() {
                    return in.available();
                }

                @Override
                public long skip(long n) {
                    return in.skip(n);
                }

                @Override
                public boolean markSupported() {
                    return true;
                }

                @Override
                public synchronized void mark(int limit) {
                    in.mark(limit);
                }

                @Override
                public synchronized void reset() {
                    in.reset();
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("read from memory, not asynchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }
    }
}
