package vn.wtcexpo.event.model;

import vn.wtcexpo.shared.BadgeKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Text;

/**
 * A fair or conference that runs on one or more of its organizer's confirmed hall bookings: bilingual
 * name and description, show days with opening hours, the halls it uses, the badges it issues, and the
 * terms its booths are sold on (how long a booth is held, the deposit, staff badges per booth area).
 * A draft is private to its organizer and the venue admin until it is published.
 */
@Entity
@Table(name = "expo_event")
@NamedQuery(name = "Event.byStatus", query = "select e from Event e where e.status = :status order by e.startsAt, e.id")
@NamedQuery(name = "Event.byOrganizer", query = "select e from Event e where e.organizer = :organizer order by e.startsAt desc, e.id")
@NamedQuery(name = "Event.all", query = "select e from Event e order by e.startsAt desc, e.id")
@NamedQuery(name = "Event.usingHall",
        query = "select distinct e.id from Event e join e.bookings b where b.hallCode = :hall")
@Cacheable // read on every reservation and page; changes are rare and go through this server's cache
public class Event {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 4000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 32)
    private String organizer;

    @Column(name = "name_vi", nullable = false, length = MAX_NAME)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = MAX_NAME)
    private String nameEn;

    @Column(name = "description_vi", length = MAX_DESCRIPTION)
    private String descriptionVi;

    @Column(name = "description_en", length = MAX_DESCRIPTION)
    private String descriptionEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EventStatus status;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "move_in_from", nullable = false)
    private LocalDate moveInFrom;

    @Column(name = "move_out_to", nullable = false)
    private LocalDate moveOutTo;

    @Embedded
    private BoothTerms boothTerms;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_booking", joinColumns = @JoinColumn(name = "event_id"))
    private Set<EventBooking> bookings = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_day", joinColumns = @JoinColumn(name = "event_id"))
    @OrderBy("day")
    private List<ShowDay> days = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<BadgeType> badgeTypes = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    protected Event() {
    }

    /**
     * A draft event.
     *
     * @param bookings   the confirmed bookings it runs on, with their halls
     * @param bookingDays every day its bookings occupy their halls, move days included
     * @param showDays   the days its bookings are open to the show (move days excluded), for each booking
     * @param moveDays   the move-in and move-out days of its bookings
     * @param showFrom   when the show time every booking holds its hall begins
     * @param showUntil  when it ends
     */
    public static Event draft(String organizer, String nameVi, String nameEn, String descriptionVi, String descriptionEn,
                              Instant start, Instant end, List<EventBooking> bookings, Set<LocalDate> showDays,
                              Set<LocalDate> moveDays, Instant showFrom, Instant showUntil) {
        Event e = new Event();
        e.id = UUID.randomUUID().toString();
        e.organizer = organizer;
        e.status = EventStatus.DRAFT;
        e.createdAt = Instant.now();
        e.boothTerms = BoothTerms.defaults();
        e.describe(nameVi, nameEn, descriptionVi, descriptionEn);
        if (bookings == null || bookings.isEmpty()) {
            throw DomainException.invalid("bookingIds", "EVENT_NEEDS_A_BOOKING");
        }
        e.bookings.addAll(bookings);
        e.follow(ShowSchedule.of(start, end, showDays).within(showFrom, showUntil, "start", "end"));
        TreeSet<LocalDate> all = new TreeSet<>(showDays);
        all.addAll(moveDays);
        e.moveInFrom = all.first();
        e.moveOutTo = all.last();
        for (BadgeKind kind : BadgeKind.values()) {
            BadgeType type = new BadgeType(e, kind);
            Set<LocalDate> admits = new TreeSet<>();
            if (kind.showDays()) {
                admits.addAll(e.showDates());
            }
            if (kind.moveDays()) {
                admits.addAll(moveDays);
            }
            if (admits.isEmpty()) {
                // an event without move days: contractors come on the show days
                admits.addAll(e.showDates());
            }
            type.admit(admits, e.hallCodes(), e.badgeDays(), new TreeSet<>(e.hallCodes()));
            e.badgeTypes.add(type);
        }
        return e;
    }

    public void describe(String nameVi, String nameEn, String descriptionVi, String descriptionEn) {
        String vi = Text.required("name.vi", nameVi, MAX_NAME);
        String en = Text.required("name.en", nameEn, MAX_NAME);
        String dVi = Text.optionalLines("description.vi", descriptionVi, MAX_DESCRIPTION);
        String dEn = Text.optionalLines("description.en", descriptionEn, MAX_DESCRIPTION);
        this.nameVi = vi;
        this.nameEn = en;
        this.descriptionVi = dVi;
        this.descriptionEn = dEn;
    }

    /** The terms booths are sold on ({@link BoothTerms#of} checks them). */
    public void terms(int holdDays, int depositPercent, int sqmPerStaff, int maxHoldsPerCompany) {
        this.boothTerms = BoothTerms.of(holdDays, depositPercent, sqmPerStaff, maxHoldsPerCompany);
    }

    /**
     * Changes one show day's opening hours, within {@code [showFrom, showUntil)}: the time every booking of the
     * event holds its hall for the show.
     */
    public void openingHours(LocalDate day, LocalTime opens, LocalTime closes, Instant showFrom, Instant showUntil) {
        follow(new ShowSchedule(days, startsAt, endsAt).withHours(day, opens, closes)
                .within(showFrom, showUntil, "opens", "closes"));
    }

    private void follow(ShowSchedule schedule) {
        this.days.clear();
        this.days.addAll(schedule.days());
        this.startsAt = schedule.start();
        this.endsAt = schedule.end();
    }

    /** Sets the days and halls a badge admits. */
    public void admit(BadgeKind kind, Collection<LocalDate> admitDays, Collection<String> admitHalls) {
        badgeType(kind).orElseThrow(() -> DomainException.notFound("BADGE_TYPE_NOT_FOUND", String.valueOf(kind)))
                .admit(admitDays, admitHalls, badgeDays(), new TreeSet<>(hallCodes()));
    }

    public void publish(Instant now) {
        if (status == EventStatus.DRAFT) {
            status = EventStatus.PUBLISHED;
            publishedAt = now;
        }
    }

    /** Takes a published event back to a draft (refused by the caller while booths are taken). */
    public void unpublish() {
        if (status == EventStatus.PUBLISHED) {
            status = EventStatus.DRAFT;
            publishedAt = null;
        }
    }

    /** Whether {@code username} may see the draft: its organizer (the venue admin is checked by the caller). */
    public boolean organizedBy(String username) {
        return organizer.equals(username);
    }

    public boolean isPublished() {
        return status == EventStatus.PUBLISHED;
    }

    /** Every day a badge may admit on: from the first move-in day to the last move-out day. */
    public Set<LocalDate> badgeDays() {
        Set<LocalDate> all = new TreeSet<>();
        for (LocalDate d = moveInFrom; !d.isAfter(moveOutTo); d = d.plusDays(1)) {
            all.add(d);
        }
        return all;
    }

    public List<LocalDate> showDates() {
        return days.stream().map(ShowDay::day).sorted().toList();
    }

    /** The halls of its bookings, in code order. */
    public List<String> hallCodes() {
        return bookings.stream().map(EventBooking::hallCode).distinct().sorted().toList();
    }

    public List<String> bookingIds() {
        return bookings.stream().map(EventBooking::bookingId).sorted().toList();
    }

    public Optional<BadgeType> badgeType(BadgeKind kind) {
        return badgeTypes.stream().filter(t -> t.kind() == kind).findFirst();
    }

    public List<BadgeType> badgeTypes() {
        return badgeTypes.stream().sorted(Comparator.comparing(BadgeType::kind)).toList();
    }

    public String id() { return id; }
    public String organizer() { return organizer; }
    public String nameVi() { return nameVi; }
    public String nameEn() { return nameEn; }
    public String descriptionVi() { return descriptionVi; }
    public String descriptionEn() { return descriptionEn; }
    public EventStatus status() { return status; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public LocalDate moveInFrom() { return moveInFrom; }
    public LocalDate moveOutTo() { return moveOutTo; }
    public BoothTerms boothTerms() { return boothTerms; }
    public List<ShowDay> days() { return List.copyOf(days); }
    public Instant createdAt() { return createdAt; }
    public Instant publishedAt() { return publishedAt; }
}
