package vn.wtcexpo.event.model;

import vn.wtcexpo.shared.BadgeKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.wtcexpo.shared.DomainException;

/** A badge an event issues and where and when it admits its holder. */
@Entity
@Table(name = "badge_type")
@Cacheable // read on every reservation and page; changes are rare and go through this server's cache
public class BadgeType {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private Event event;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BadgeKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "badge_type_day", joinColumns = @JoinColumn(name = "badge_type_id"))
    @Column(name = "admits_day")
    private Set<LocalDate> days = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "badge_type_hall", joinColumns = @JoinColumn(name = "badge_type_id"))
    @Column(name = "hall_code", length = 10)
    private Set<String> halls = new TreeSet<>();

    protected BadgeType() {
    }

    BadgeType(Event event, BadgeKind kind) {
        this.id = UUID.randomUUID().toString();
        this.event = event;
        this.kind = kind;
    }

    /** Sets where and when the badge admits: days within the event's days, halls among the event's halls. */
    void admit(Collection<LocalDate> newDays, Collection<String> newHalls, Set<LocalDate> eventDays, Set<String> eventHalls) {
        if (newDays == null || newDays.isEmpty()) {
            throw DomainException.invalid("days", "BADGE_TYPE_NEEDS_A_DAY");
        }
        if (newHalls == null || newHalls.isEmpty()) {
            throw DomainException.invalid("halls", "BADGE_TYPE_NEEDS_A_HALL");
        }
        for (LocalDate d : newDays) {
            if (d == null || !eventDays.contains(d)) {
                throw DomainException.invalid("days", "BADGE_TYPE_DAY_OUTSIDE_EVENT", String.valueOf(d));
            }
        }
        for (String h : newHalls) {
            if (h == null || !eventHalls.contains(h)) {
                throw DomainException.invalid("halls", "BADGE_TYPE_HALL_NOT_IN_EVENT", String.valueOf(h));
            }
        }
        days.clear();
        days.addAll(newDays);
        halls.clear();
        halls.addAll(newHalls);
    }

    public String id() { return id; }
    public BadgeKind kind() { return kind; }
    public List<LocalDate> days() { return List.copyOf(new TreeSet<>(days)); }
    public List<String> halls() { return List.copyOf(new TreeSet<>(halls)); }
}
