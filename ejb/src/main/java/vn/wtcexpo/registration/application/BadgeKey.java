package vn.wtcexpo.registration.application;

import java.util.List;
import vn.wtcexpo.event.application.EventSummary;

/**
 * What a gate needs to verify an event's badges offline: the Ed25519 public key (X.509, base64), the code
 * format, and where and when each badge kind admits.
 */
public record BadgeKey(String eventId, String algorithm, String format, String publicKey,
                       List<EventSummary.BadgeTypeSummary> badgeTypes, List<EventSummary.Day> days) {
}
