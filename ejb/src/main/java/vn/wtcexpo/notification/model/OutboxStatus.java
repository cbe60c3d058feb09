package vn.wtcexpo.notification.model;

/** Where an e-mail of the outbox stands. */
public enum OutboxStatus { PENDING, SENT, FAILED }
