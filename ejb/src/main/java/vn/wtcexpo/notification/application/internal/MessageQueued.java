package vn.wtcexpo.notification.application.internal;

/** An e-mail was put into the outbox; once its transaction commits, the worker is woken. */
public record MessageQueued() {
}
