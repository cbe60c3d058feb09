/** E-mail: the outbox (Jakarta Mail through mail/wtcexpo) and the booking notices sent to organizers. */
package vn.wtcexpo.infrastructure.mail;
