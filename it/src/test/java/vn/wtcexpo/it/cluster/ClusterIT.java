package vn.wtcexpo.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.Badges;
import vn.wtcexpo.it.support.TestFairs;
import vn.wtcexpo.it.support.TestGates;
import vn.wtcexpo.it.support.TestHalls;

/**
 * Two servers, one venue: what one server changes, the other knows at once; a session lives in the data grid; a
 * client has one rate-limit budget, whichever server answers; e-mail that waited through an outage of SMTP and of the
 * database goes out once; a lossy network in front of the balancer and a server
 * killed in the middle of a burst of scans lose no acknowledged scan and admit no badge twice; a rolling redeploy under
 * the gates' load fails no scan. Runs against the local cluster of {@code config/cluster.sh} (the {@code cluster} profile of this module, on PostgreSQL): HAProxy
 * on {@link Cluster#BALANCER}, the instances on {@link Cluster#SERVERS}. The server is killed last.
 */
@Tag(Cluster.TAG)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final LocalDate NEXT_AUGUST_10 = LocalDate.of(LocalDate.now().getYear() + 1, 8, 10);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final Api organizer = Api.as("organizer");
    private final Api admin = Api.as("admin");

    @Test
    @Order(1)
    void aDeviceRevokedOnOneServer_isRefusedOnTheOtherWithinASecond() {
        TestGates.Today f = TestGates.fair("CL", 100);
        JsonObject paired = organizer.on(Cluster.server(1)).post("/api/events/" + f.eventId() + "/devices", """
                {"name": "Cổng thử cụm máy chủ"}
                """).json();
        Api device = Api.bearer(paired.getString("token")).on(Cluster.server(2));
        String code = TestGates.badge(f.eventId(), "ORGANIZER_STAFF").getString("code");
        // server 2 knows the device now (kept for seconds in its memory)
        Api.Reply before = device.post("/api/checkins", TestGates.scan(code, f.in(), "IN"));
        assertEquals(200, before.status(), before.body());

        assertEquals(204, organizer.on(Cluster.server(1)).delete("/api/devices/" + paired.getString("id")).status());
        long revoked = System.nanoTime();
        int status;
        do {
            status = device.post("/api/checkins", TestGates.scan(code, f.out(), "OUT")).status();
        } while (status != 401 && Cluster.millisSince(revoked) < 3_000);
        assertEquals(401, status, "the revoked device still scans on the other server");
        assertTrue(Cluster.millisSince(revoked) <= 1_000, "refused only after " + Cluster.millisSince(revoked) + " ms");
    }

    @Test
    @Order(2)
    void aHallEditedOnOneServer_isQuotedAtItsNewPriceByTheOtherAtOnce() {
        String hall = TestHalls.plain("CQ");
        String quote = "/api/bookings/quote?hall=" + hall + "&start=" + TestHalls.day(NEXT_AUGUST_10).replace("+", "%2B")
                + "&end=" + TestHalls.day(NEXT_AUGUST_10.plusDays(2)).replace("+", "%2B");
        Api other = organizer.on(Cluster.server(1));
        assertEquals(200_000_000L, net(other.get(quote)), "two days at 100 million before the change");

        String before = admin.on(Cluster.server(2)).get("/api/halls/" + hall).body();
        String after = before.replace("\"dayRateVnd\":100000000", "\"dayRateVnd\":120000000");
        Api.Reply changed = admin.on(Cluster.server(2)).put("/api/halls/" + hall, after);
        assertEquals(200, changed.status(), changed.body());
        long edited = System.nanoTime();
        long net;
        do {
            net = net(other.get(quote));
        } while (net != 240_000_000L && Cluster.millisSince(edited) < 3_000);
        assertEquals(240_000_000L, net, "the other server still quotes the old price");
        assertTrue(Cluster.millisSince(edited) <= 1_000, "new price quoted only after " + Cluster.millisSince(edited) + " ms");
        assertTrue(admin.on(Cluster.server(1)).get("/api/halls").body().contains("\"dayRateVnd\":120000000"),
                "the other server's hall list");
    }

    @Test
    @Order(3)
    void aSessionSignedInOnOneServer_isSignedInOnTheOther() {
        PageSession session = PageSession.signIn(Cluster.server(1), "organizer");
        assertEquals(200, session.status(Cluster.server(2), "/organizer/bookings.xhtml"), "not signed in on server 2");
        assertEquals(200, session.status(Cluster.BALANCER, "/organizer/bookings.xhtml"));
    }

    @Test
    @Order(4)
    void aClientSentToBothServersInTurn_hasOneBudget() throws Exception {
        String eventId = TestFairs.published("CR").eventId();
        String client = "203.0.113." + (1 + (int) (System.nanoTime() % 250 + 250) % 250);
        for (int i = 0; i < 30; i++) {
            assertEquals(201, register(Cluster.server(1 + i % 2), eventId, client, i), "registration " + (i + 1));
        }
        assertEquals(429, register(Cluster.server(1), eventId, client, 30), "the 31st from one client (16th on server 1)");
        assertEquals(429, register(Cluster.server(2), eventId, client, 31), "the 32nd (16th on server 2)");
    }

    @Test
    @Order(5)
    void theDatabaseRestartedMidBurst_answersBusyWithRetryAfter_losesNothing_andIsBackWithinTenSeconds() throws Exception {
        TestGates.Today f = TestGates.fair("CP", 2_000);
        GateBurst burst = GateBurst.prepare(f, 8, 4);
        GateBurst.Outcome outcome = burst.run(100, 15, 4, Cluster::restartDatabase);
        System.out.printf("PostgreSQL restarted at 4 s of 15 s at 100 scans/s over 8 devices: %d scans answered, "
                + "%d busy answers (503 + Retry-After) on the way, longest wait for an answer %d ms%n",
                outcome.acknowledged(), outcome.busy(), outcome.longestGapMillis());

        assertEveryScanAnsweredAndStoredOnce(f, outcome, 1_000);
        assertTrue(outcome.longestGapMillis() <= 10_000, "a device waited " + outcome.longestGapMillis() + " ms");
    }

    @Test
    @Order(6)
    void eMailsQueuedWhileSmtpIsDown_andThroughADatabaseRestart_areEachSentOnceWhenBothAreBack() throws Exception {
        String eventId = TestFairs.published("CM").eventId();
        String client = "198.51.100." + (1 + (int) ((System.nanoTime() % 250 + 250) % 250));
        String run = Long.toString(System.nanoTime(), 36);
        List<String> recipients = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String email = "outage" + i + "." + run + "@example.vn";
            recipients.add(email);
            assertEquals(201, register(Cluster.server(1 + i % 2), eventId, client, i, email), "registration " + (i + 1));
        }
        // no SMTP server yet: every badge e-mail has been tried, has failed, and waits in the outbox
        awaitOutbox(recipients, m -> m.getInt("attempts") >= 1 && "PENDING".equals(m.getString("status")));
        Cluster.restartDatabase();
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        try {
            List<JsonObject> sent = awaitOutbox(recipients, m -> "SENT".equals(m.getString("status")));
            // a second sender (the other server, or a retry that did not know the first had gone out) would send
            // again within the outbox's round of 15 s
            Thread.sleep(16_000);
            for (String to : recipients) {
                long received = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(to);
                    } catch (Exception e) {
                        return false;
                    }
                }).count();
                assertEquals(1, received, "e-mails to " + to);
            }
            System.out.printf("10 badge e-mails queued while SMTP was down, PostgreSQL restarted, then SMTP started: "
                    + "each sent once (attempts: %s)%n", sent.stream().map(m -> m.getInt("attempts")).toList());
        } finally {
            smtp.stop();
        }
    }

    @Test
    @Order(7)
    void aLossyNetworkToTheBalancer_losesNoScan_andAdmitsNoBadgeTwice() throws Exception {
        TestGates.Today f = TestGates.fair("CN", 2_000);
        GateBurst.Outcome outcome;
        try (LossyNetwork network = new LossyNetwork(Cluster.BALANCER, 0.04, 0.04, 0.04, 2_500)) {
            outcome = GateBurst.prepare(f, 8, 4).via(network.address()).run(60, 15, 0, () -> { });
            System.out.printf("a lossy network at 60 scans/s over 8 devices for 15 s: %d scans answered; %d requests "
                    + "and %d answers lost on the way, %d answers 2.5 s late (a connection per scan); %d sends broken and "
                    + "sent again; longest wait for an answer %d ms%n",
                    outcome.acknowledged(), network.requestsLost(), network.answersLost(), network.answersLate(),
                    outcome.brokenConnections(), outcome.longestGapMillis());
            assertTrue(network.requestsLost() > 0 && network.answersLost() > 0 && network.answersLate() > 0,
                    "the network lost nothing: the test proves nothing");
            assertTrue(outcome.brokenConnections() > 0, "the gates never saw a connection break");
        }
        assertEveryScanAnsweredAndStoredOnce(f, outcome, 400);
    }

    @Test
    @Order(8)
    void aRollingRedeployUnderGateLoad_failsNoScan_andRestartsEveryInstance() throws Exception {
        TestGates.Today f = TestGates.fair("CD", 2_000);
        List<String> before = List.of(Cluster.pid(1), Cluster.pid(2));
        String[] script = new String[1];
        long started = System.nanoTime();
        GateBurst.Outcome outcome = GateBurst.prepare(f, 8, 4)
                .runThrough(100, 5, () -> script[0] = Cluster.roll(), 10, 900);
        System.out.printf("a rolling redeploy under 100 scans/s over 8 devices (%d s in all): %d scans answered, "
                + "%d busy answers, %d connections broken, longest wait for an answer %d ms%n",
                Cluster.millisSince(started) / 1000, outcome.acknowledged(), outcome.busy(),
                outcome.brokenConnections(), outcome.longestGapMillis());
        System.out.print(script[0]);

        assertTrue(script[0].contains("rolled over to wtc-expo:r"), script[0]);
        assertTrue(!Cluster.pid(1).equals(before.get(0)) && !Cluster.pid(2).equals(before.get(1)),
                "an instance kept its JVM through the roll: " + before + " -> " + List.of(Cluster.pid(1), Cluster.pid(2)));
        assertEveryScanAnsweredAndStoredOnce(f, outcome, 10_000);
        assertEquals(0, outcome.busy(), "scans answered 'busy' during the roll: the gates saw a server going or coming");
    }

    @Test
    @Order(9)
    void aServerKilledMidBurst_losesNoAcknowledgedScan_admitsNoBadgeTwice_andTheSessionLives() throws Exception {
        PageSession session = PageSession.signIn(Cluster.server(1), "organizer");
        TestGates.Today f = TestGates.fair("CK", 2_000);
        GateBurst burst = GateBurst.prepare(f, 16, 4);
        GateBurst.Outcome outcome = burst.run(200, 15, 4, () -> Cluster.kill(1));
        System.out.printf("kill -9 of wtc1 at 4 s of 15 s at 200 scans/s over 16 devices: %d scans answered "
                + "(%d entries, %d exits), longest wait for an answer %d ms%n", outcome.acknowledged(),
                outcome.admittedIn(), outcome.admittedOut(), outcome.longestGapMillis());

        assertEveryScanAnsweredAndStoredOnce(f, outcome, 1_500);
        assertTrue(outcome.longestGapMillis() <= 5_000, "a device waited " + outcome.longestGapMillis() + " ms for an answer");
        assertEquals(200, session.status(Cluster.BALANCER, "/organizer/bookings.xhtml"), "the organizer's session died with its server");
    }

    /**
     * Every scan got an answer from a server (a 5xx only as 503 with Retry-After and a JSON body), every answer was
     * ADMITTED (a scan recorded twice shows as ALREADY_INSIDE), and the venue's counts are the gates' counts.
     */
    private void assertEveryScanAnsweredAndStoredOnce(TestGates.Today f, GateBurst.Outcome outcome, int atLeast) {
        assertEquals(List.of(), outcome.serverErrors(), "a 5xx without Retry-After and a JSON body");
        assertEquals(List.of(), outcome.failures(), "scans that never got an answer");
        assertEquals(List.of(), outcome.refusals(), "answers other than ADMITTED (a scan recorded twice is ALREADY_INSIDE)");
        assertTrue(outcome.acknowledged() > atLeast, "too few scans to mean anything: " + outcome.acknowledged());
        JsonObject occupancy = organizer.get("/api/events/" + f.eventId() + "/occupancy").json();
        assertEquals(outcome.admittedIn(), occupancy.getInt("admittedToday"), "every acknowledged entry is stored once");
        assertEquals(outcome.admittedIn() - outcome.admittedOut(), occupancy.getInt("inside"), "inside = entries - exits");
    }

    /**
     * The outbox's message to each of {@code recipients}, once every one of them matches {@code condition} (asked
     * through the balancer; an answer other than 200, while the database restarts, is asked again).
     */
    private List<JsonObject> awaitOutbox(List<String> recipients, java.util.function.Predicate<JsonObject> condition)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        List<JsonObject> last = List.of();
        while (System.currentTimeMillis() < deadline) {
            Api.Reply r = admin.get("/api/outbox?limit=1000");
            if (r.status() == 200) {
                last = r.array().getValuesAs(JsonObject.class).stream()
                        .filter(m -> recipients.contains(m.getString("to"))).toList();
                if (last.size() == recipients.size() && last.stream().allMatch(condition)) {
                    return last;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the outbox never showed every message as expected; last seen: " + last);
    }

    /** A visitor registration on {@code server} from {@code client} (behind the trusted proxy that the test plays). */
    private static int register(String server, String eventId, String client, int n) throws Exception {
        return register(server, eventId, client, n, "cluster" + n + "." + System.nanoTime() + "@example.vn");
    }

    private static int register(String server, String eventId, String client, int n, String email) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(server + "/api/events/" + eventId + "/registrations"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(Badges.visitor("Khách cụm " + n, email), StandardCharsets.UTF_8))
                .build();
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static long net(Api.Reply quote) {
        assertEquals(200, quote.status(), quote.body());
        return quote.json().getJsonObject("quote").getJsonNumber("netVnd").longValue();
    }
}
