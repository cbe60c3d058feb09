package vn.wtcexpo.registration.application.internal;

import jakarta.inject.Inject;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.wtcexpo.registration.application.BadgeJob;

/**
 * The batch printing jobs of this server and their files (in a temporary folder), kept for two hours after they
 * finish. A job belongs to whoever started it.
 */
@ApplicationScoped
public class BadgeJobs {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    static final Duration KEEP = Duration.ofHours(2);

    private final Map<String, BadgeJob> jobs = new ConcurrentHashMap<>();
    private final Map<String, Path> files = new ConcurrentHashMap<>();

    public BadgeJob start(String eventId, String owner, int total) {
        forgetOld();
        BadgeJob job = new BadgeJob(UUID.randomUUID().toString(), eventId, owner, total, 0, BadgeJob.Status.RUNNING, null,
                clock.instant(), null);
        jobs.put(job.id(), job);
        return job;
    }

    public void progress(String id, int done) {
        jobs.computeIfPresent(id, (k, j) -> new BadgeJob(j.id(), j.eventId(), j.owner(), j.total(), done, j.status(), null,
                j.startedAt(), null));
    }

    public void finished(String id, byte[] pdf) {
        try {
            Path file = Files.createTempFile("wtcexpo-badges-", ".pdf");
            Files.write(file, pdf);
            files.put(id, file);
        } catch (IOException e) {
            failed(id, e.toString());
            return;
        }
        jobs.computeIfPresent(id, (k, j) -> new BadgeJob(j.id(), j.eventId(), j.owner(), j.total(), j.total(),
                BadgeJob.Status.READY, null, j.startedAt(), clock.instant()));
    }

    public void failed(String id, String error) {
        jobs.computeIfPresent(id, (k, j) -> new BadgeJob(j.id(), j.eventId(), j.owner(), j.total(), j.done(),
                BadgeJob.Status.FAILED, error, j.startedAt(), clock.instant()));
    }

    public BadgeJob job(String id) {
        return id == null ? null : jobs.get(id);
    }

    public byte[] file(String id) {
        Path file = files.get(id);
        try {
            return file == null ? null : Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void forgetOld() {
        Instant cutoff = clock.instant().minus(KEEP);
        jobs.values().removeIf(j -> {
            boolean old = j.finishedAt() != null && j.finishedAt().isBefore(cutoff);
            if (old) {
                delete(files.remove(j.id()));
            }
            return old;
        });
    }

    @PreDestroy
    void cleanUp() {
        files.values().forEach(BadgeJobs::delete);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file: the system cleans it up later
            }
        }
    }
}
