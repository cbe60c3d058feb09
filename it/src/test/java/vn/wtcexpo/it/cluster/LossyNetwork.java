package vn.wtcexpo.it.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bad network between the gates and the balancer, played by a TCP proxy in the test: of the connections the gates
 * open, on some the first request is lost on its way (the connection breaks before the balancer hears it), on some
 * the first answer is lost on its way back (the scan was recorded, the gate never hears so), on some the first answer
 * comes late. A gate must send what it did not
 * hear again with the same nonce, and the venue must record each scan once.
 */
final class LossyNetwork implements AutoCloseable {

    private final ServerSocket server;
    private final InetSocketAddress upstream;
    private final double lostRequests;
    private final double lostAnswers;
    private final double lateAnswers;
    private final long lateMillis;
    private final ExecutorService pumps = Executors.newCachedThreadPool();
    private final AtomicInteger requestsLost = new AtomicInteger();
    private final AtomicInteger answersLost = new AtomicInteger();
    private final AtomicInteger answersLate = new AtomicInteger();

    /**
     * Shares of connections whose first request is lost, whose first answer is lost, whose first answer comes
     * {@code lateMillis} late, in front of {@code upstream}.
     */
    LossyNetwork(String upstream, double lostRequests, double lostAnswers, double lateAnswers, long lateMillis)
            throws IOException {
        URI u = URI.create(upstream);
        this.upstream = new InetSocketAddress(u.getHost(), u.getPort());
        this.lostRequests = lostRequests;
        this.lostAnswers = lostAnswers;
        this.lateAnswers = lateAnswers;
        this.lateMillis = lateMillis;
        this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        pumps.submit(this::accept);
    }

    /** The address the gates use instead of the balancer's. */
    String address() {
        return "http://localhost:" + server.getLocalPort();
    }

    int requestsLost() {
        return requestsLost.get();
    }

    int answersLost() {
        return answersLost.get();
    }

    int answersLate() {
        return answersLate.get();
    }

    /** What the network does to a connection's first exchange (each connection has its own luck). */
    private enum Fate { CLEAN, REQUEST_LOST, ANSWER_LOST, ANSWER_LATE }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket gate = server.accept();
                Socket balancer = new Socket();
                balancer.connect(upstream, 2_000);
                double luck = ThreadLocalRandom.current().nextDouble();
                Fate fate = luck < lostRequests ? Fate.REQUEST_LOST
                        : luck < lostRequests + lostAnswers ? Fate.ANSWER_LOST
                        : luck < lostRequests + lostAnswers + lateAnswers ? Fate.ANSWER_LATE : Fate.CLEAN;
                pumps.submit(() -> pump(gate, balancer, gate, fate == Fate.REQUEST_LOST ? requestsLost : null, 0));
                pumps.submit(() -> pump(balancer, gate, gate, fate == Fate.ANSWER_LOST ? answersLost : null,
                        fate == Fate.ANSWER_LATE ? lateMillis : 0));
            } catch (IOException closedOrRefused) {
                // the test ended, or the balancer refused: the gate sees a broken connection and sends again
            }
        }
    }

    /**
     * Copies {@code from} to {@code to}. With {@code lost}, the first bytes are not passed on and the connection
     * breaks (a request that never reached the balancer, or an answer that never reached the gate: the scan was
     * carried out, the gate does not know); with {@code lateMillis}, the first bytes are passed on that late. A
     * connection breaks only at the start of an exchange, as when a gate's network drops, never in the middle of one.
     */
    private void pump(Socket from, Socket to, Socket gate, AtomicInteger lost, long lateMillis) {
        byte[] buffer = new byte[16 * 1024];
        try (from; to) {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n = in.read(buffer);
            if (n < 0) {
                return;
            }
            if (lost != null) {
                lost.incrementAndGet();
                // the gate's end breaks first: nothing the balancer says about the broken connection reaches it
                gate.close();
                return;
            }
            if (lateMillis > 0) {
                answersLate.incrementAndGet();
                Thread.sleep(lateMillis);
            }
            do {
                out.write(buffer, 0, n);
                out.flush();
            } while ((n = in.read(buffer)) >= 0);
        } catch (IOException broken) {
            // the other side closed: so does this one
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        pumps.shutdownNow();
    }
}
