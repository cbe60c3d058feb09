import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.registration.application.BadgeFormat;
import vn.wtcexpo.registration.application.BadgeSummary;
import vn.wtcexpo.registration.application.internal.BadgePdf;
import vn.wtcexpo.registration.application.internal.QrCodes;
import vn.wtcexpo.registration.model.BadgeCode;
import vn.wtcexpo.registration.model.BadgeStatus;
import vn.wtcexpo.registration.model.Channel;
import vn.wtcexpo.shared.BadgeKind;

/**
 * Makes badges as the application does (a signed code, its QR PNG, its A6 PDF), in-process on all cores, and
 * decodes every QR code back with ZXing: badges per second, the time per part, failures (must be 0). Every
 * badge's code is checked against the text ZXing reads back from its PNG.
 *
 *   java -cp "$(bench/badge-classpath.sh)" bench/BadgeBench.java [badges=10000] [threads=cores] [badgesPerPdf=1] [png|pdf]
 *   (build the ejb module first: mvn -q install -DskipTests -DskipITs)
 */
public class BadgeBench {

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        // badges per PDF: 1 is a badge as mailed or opened; 100 is the desk's batch printing
        int perPdf = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        // "png": each badge also gets its QR PNG, decoded back from the image; "pdf": printable badges only, the QR
        // symbol drawn in the PDF decoded back from its modules
        boolean withPng = args.length <= 3 || !"pdf".equals(args[3]);
        PrivateKey key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate();
        UUID event = UUID.randomUUID();
        EventSummary summary = new EventSummary(event.toString(), "organizer", "Hội chợ Gỗ & Nội thất Việt Nam 2027",
                "Vietnam Wood & Furniture Fair 2027", null, null, null, Instant.parse("2027-08-10T02:00:00Z"),
                Instant.parse("2027-08-13T10:00:00Z"), List.of("AB"), List.of(), List.of(), List.of(),
                LocalDate.of(2027, 8, 8), LocalDate.of(2027, 8, 14), null, null);
        List<LocalDate> days = List.of(LocalDate.of(2027, 8, 10), LocalDate.of(2027, 8, 11), LocalDate.of(2027, 8, 12),
                LocalDate.of(2027, 8, 13));
        String[] names = {"Nguyễn Thị Ánh Đào", "Trần Văn Bình", "Lê Hoàng Anh", "Phạm Quốc Bảo", "Đặng Thị Hạnh"};

        // warm up the JIT on a few hundred badges, then measure
        run(300, threads, key, event, summary, days, names, perPdf, withPng);
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        Result r = run(total, threads, key, event, summary, days, names, perPdf, withPng);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("badges: %,d in %.1f s on %d threads, %d per PDF, %s = %,.0f badges/s (%,.0f per minute), decoding included%n",
                total, seconds, threads, perPdf, withPng ? "each with its QR PNG" : "printable PDFs only", total / seconds,
                total / seconds * 60);
        double making = (r.sign.get() + r.png.get() + r.pdf.get()) / 1e9 / threads;
        System.out.printf("making alone (without the decoding check): %,.0f badges/s%n", total / making);
        System.out.printf("per badge, summed over threads: sign %.2f ms, QR PNG %.2f ms, A6 PDF %.2f ms, decode %.2f ms%n",
                r.sign.get() / 1e6 / total, r.png.get() / 1e6 / total, r.pdf.get() / 1e6 / total, r.decode.get() / 1e6 / total);
        System.out.printf("PDF bytes per badge %,d on average; QR PNG %,d bytes%n", r.pdfBytes.get() / total, r.pngBytes.get() / total);
        System.out.printf("failures: %d (QR decoded to another text or not at all)%n", r.failures.get());
        System.out.printf("100,000 badges would take about %.1f minutes made and checked, %.1f minutes made; heap used %d MB -> %d MB%n",
                100_000 / (total / seconds) / 60, 100_000 / (total / making) / 60, heapBefore >> 20, usedHeap() >> 20);
        System.exit(r.failures.get() == 0 ? 0 : 1);
    }

    record Result(AtomicLongHolder sign, AtomicLongHolder png, AtomicLongHolder pdf, AtomicLongHolder decode,
                  AtomicLongHolder pdfBytes, AtomicLongHolder pngBytes, AtomicInteger failures) {
    }

    static final class AtomicLongHolder extends java.util.concurrent.atomic.AtomicLong {
    }

    static Result run(int total, int threads, PrivateKey key, UUID event, EventSummary summary, List<LocalDate> days,
                      String[] names, int perPdf, boolean withPng) throws Exception {
        Result r = new Result(new AtomicLongHolder(), new AtomicLongHolder(), new AtomicLongHolder(), new AtomicLongHolder(),
                new AtomicLongHolder(), new AtomicLongHolder(), new AtomicInteger());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                SecureRandom random = new SecureRandom();
                QRCodeReader reader = new QRCodeReader();
                int i;
                List<BadgeSummary> batch = new ArrayList<>();
                while ((i = next.getAndIncrement()) < total) {
                    byte[] secret = new byte[16];
                    random.nextBytes(secret);
                    long t0 = System.nanoTime();
                    String code = BadgeCode.sign(event, secret, 1, BadgeKind.VISITOR, key);
                    long t1 = System.nanoTime();
                    byte[] png = withPng ? QrCodes.png(code) : new byte[0];
                    long t2 = System.nanoTime();
                    BadgeSummary badge = new BadgeSummary(UUID.randomUUID().toString(), event.toString(), BadgeKind.VISITOR,
                            code, 1, names[i % names.length] + " " + i, "Công ty TNHH Gỗ Bình Dương", "Giám đốc",
                            null, null, i % 3 == 0 ? "en" : "vi", true, Set.of(), Channel.ONLINE, BadgeStatus.ACTIVE, 0,
                            Instant.now(), "k", days, List.of("AB"));
                    batch.add(badge);
                    byte[] pdf = new byte[0];
                    if (batch.size() == perPdf || next.get() >= total) {
                        pdf = BadgePdf.render(batch, summary, BadgeFormat.A6, null);
                        batch.clear();
                    }
                    long t3 = System.nanoTime();
                    String read;
                    try {
                        if (withPng) {
                            read = reader.decode(new BinaryBitmap(new HybridBinarizer(luminance(ImageIO.read(new ByteArrayInputStream(png))))),
                                    Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
                        } else {
                            // the symbol the PDF draws, decoded from its modules
                            boolean[][] modules = QrCodes.modules(code);
                            var matrix = new com.google.zxing.common.BitMatrix(modules.length);
                            for (int y = 0; y < modules.length; y++) {
                                for (int x = 0; x < modules.length; x++) {
                                    if (modules[y][x]) {
                                        matrix.set(x, y);
                                    }
                                }
                            }
                            read = new com.google.zxing.qrcode.decoder.Decoder().decode(matrix).getText();
                        }
                    } catch (Exception e) {
                        read = null;
                    }
                    long t4 = System.nanoTime();
                    if (!code.equals(read)) {
                        r.failures().incrementAndGet();
                    }
                    r.sign().addAndGet(t1 - t0);
                    r.png().addAndGet(t2 - t1);
                    r.pdf().addAndGet(t3 - t2);
                    r.decode().addAndGet(t4 - t3);
                    r.pdfBytes().addAndGet(pdf.length);
                    r.pngBytes().addAndGet(png.length);
                }
                if (!batch.isEmpty()) {
                    long started = System.nanoTime();
                    r.pdfBytes().addAndGet(BadgePdf.render(batch, summary, BadgeFormat.A6, null).length);
                    r.pdf().addAndGet(System.nanoTime() - started);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return r;
    }

    /** The image's grey levels as ZXing reads them (read straight from the raster of a 1-bit or grey PNG). */
    static com.google.zxing.LuminanceSource luminance(java.awt.image.BufferedImage image) {
        if (image.getRaster().getNumBands() != 1) {
            return new BufferedImageLuminanceSource(image);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] samples = image.getRaster().getPixels(0, 0, w, h, (int[]) null);
        int max = image.getColorModel().getComponentSize(0) == 1 ? 1 : 255;
        byte[] grey = new byte[w * h];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = (byte) (samples[i] * 255 / max);
        }
        return new com.google.zxing.PlanarYUVLuminanceSource(grey, w, h, 0, 0, w, h, false);
    }

    static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
