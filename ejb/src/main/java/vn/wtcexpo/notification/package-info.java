/**
 * The notification context: the transactional mail outbox and its sender. Other contexts hand it
 * e-mails inside their own transactions; it refers to nothing else.
 */
package vn.wtcexpo.notification;
