package vn.wtcexpo.notification.application;

/**
 * Makes the attachments of queued e-mails when they are sent. A context that queues a message with an
 * attachment reference (say {@code badge:<id>}) implements this for its own references; the outbox asks
 * each source whether it {@link #knows} a reference.
 */
public interface AttachmentSource {

    /** Whether this source makes the attachment {@code ref}. */
    boolean knows(String ref);

    /** The file, made now; a runtime exception when it cannot be made (the message is tried again later). */
    Attachment attachment(String ref);

    /** A file to attach. */
    record Attachment(String fileName, String contentType, byte[] content) {
    }
}
