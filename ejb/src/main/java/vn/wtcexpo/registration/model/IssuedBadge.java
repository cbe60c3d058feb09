package vn.wtcexpo.registration.model;

import java.time.Instant;
import vn.wtcexpo.shared.BadgeKind;

/** An active badge as a figure: its kind, how it was made, when. */
public record IssuedBadge(BadgeKind kind, Channel channel, Instant at) {
}
