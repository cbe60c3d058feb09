package vn.wtcexpo.registration.application;

import java.time.Instant;

/** A batch of badges printed to one PDF in the background: how far it is, and whether the file is ready. */
public record BadgeJob(String id, String eventId, String owner, int total, int done, Status status, String error,
                       Instant startedAt, Instant finishedAt) {

    public enum Status { RUNNING, READY, FAILED }

    public int percent() {
        return total == 0 ? 100 : (int) (100L * done / total);
    }

    public boolean ready() {
        return status == Status.READY;
    }
}
