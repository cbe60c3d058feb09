package vn.wtcexpo.infrastructure.cluster;

/**
 * Something every server of a cluster must hear of, fired as a CDI event on each of them ({@link ClusterSignals}):
 * what changed ({@code subject}, named by the context that owns it: {@code "gate.devices"}) and which one
 * ({@code key}: an event's id, a token's hash).
 */
public record ClusterSignal(String subject, String key) {

    private static final char SEPARATOR = '\n';

    public ClusterSignal {
        if (subject == null || subject.isEmpty() || subject.indexOf(SEPARATOR) >= 0 || key == null) {
            throw new IllegalArgumentException("a signal has a subject on one line and a key");
        }
    }

    public boolean is(String subject) {
        return this.subject.equals(subject);
    }

    /** The signal as the data grid carries it: a string, which every server reads whatever its classes. */
    String encoded() {
        return subject + SEPARATOR + key;
    }

    static ClusterSignal decoded(String message) {
        int at = message.indexOf(SEPARATOR);
        if (at <= 0) {
            throw new IllegalArgumentException("not a signal: " + message);
        }
        return new ClusterSignal(message.substring(0, at), message.substring(at + 1));
    }
}
