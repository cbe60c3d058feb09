package vn.wtcexpo.exhibition.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import vn.wtcexpo.shared.DomainException;

/**
 * The payment request issued when an organizer approves a company's booths: one per company and approval, a line per
 * booth (and per VAT rate where the show days straddle a change of rate), amounts (net, VAT by rate, gross, deposit,
 * balance) and what has been paid. Numbered from a gap-free sequence per year ({@code YC-2027-00001}). A request
 * without payments is withdrawn when one of its booths is cancelled, and replaced by a new one for the booths still
 * approved. It is not Vietnam's legal VAT invoice, which a certified e-invoice provider issues from its data.
 */
@Entity
@Table(name = "payment_request")
@NamedQuery(name = "PaymentRequest.ofEvent", query = "select p from PaymentRequest p where p.eventId = :event order by p.seqYear, p.seqValue")
public class PaymentRequest {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "doc_number", nullable = false, length = 20)
    private String number;

    @Column(name = "seq_year", nullable = false)
    private int seqYear;

    @Column(name = "seq_value", nullable = false)
    private int seqValue;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(name = "exhibitor_id", nullable = false, length = 36)
    private String exhibitorId;

    /** The company as it was when the request was issued. */
    @Embedded
    private Buyer buyer;

    @Column(name = "event_name_vi", nullable = false, length = 200)
    private String eventNameVi;

    @Column(name = "event_name_en", nullable = false, length = 200)
    private String eventNameEn;

    @Column(name = "first_show_day", nullable = false)
    private LocalDate firstShowDay;

    @Column(name = "last_show_day", nullable = false)
    private LocalDate lastShowDay;

    @Column(name = "net_vnd", nullable = false)
    private long netVnd;

    @Column(name = "vat_vnd", nullable = false)
    private long vatVnd;

    @Column(name = "gross_vnd", nullable = false)
    private long grossVnd;

    @Column(name = "deposit_percent", nullable = false)
    private int depositPercent;

    @Column(name = "deposit_vnd", nullable = false)
    private long depositVnd;

    @Column(name = "paid_vnd", nullable = false)
    private long paidVnd;

    @Column(name = "deposit_due", nullable = false)
    private LocalDate depositDue;

    @Column(name = "balance_due", nullable = false)
    private LocalDate balanceDue;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 32)
    private String issuedBy;

    /** Set once the request is withdrawn: when, by whom, why, and which request replaced it. */
    @Embedded
    private Withdrawal withdrawal;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payment_request_vat", joinColumns = @JoinColumn(name = "payment_request_id"))
    private List<VatLine> vat = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payment_request_line", joinColumns = @JoinColumn(name = "payment_request_id"))
    @OrderBy("lineNo")
    private List<PaymentRequestLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected PaymentRequest() {
    }

    /** Who buys, at which event: copied so that later changes of the company or the event do not alter the request. */
    public record Subject(String eventId, String eventNameVi, String eventNameEn, Exhibitor buyer,
                          LocalDate firstShowDay, LocalDate lastShowDay) {
    }

    /** A booth on the request, with what it costs ({@link Charge} of its net price over the show days). */
    public record Item(String reservationId, String boothNumber, String hallCode, long boothAreaCm2, Charge charge) {
        public Item(Reservation reservation, Booth booth, Charge charge) {
            this(reservation.id(), booth.number(), booth.hallCode(), booth.area().area(), charge);
        }
    }

    /**
     * Issues a request for a company's booths approved together: a line per booth and VAT rate, the VAT summed per
     * rate, the deposit a share of the whole (rounded half up), due on the dates of {@code terms}.
     */
    public static PaymentRequest issue(DocNumber number, Subject s, List<Item> items, int depositPercent,
                                       PaymentTerms terms, String issuedBy, Instant now) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a payment request needs a booth");
        }
        if (depositPercent < 0 || depositPercent > 100) {
            throw DomainException.invalid("depositPercent", "EVENT_DEPOSIT_OUT_OF_RANGE");
        }
        PaymentRequest p = numbered(number, issuedBy, now);
        p.eventId = s.eventId();
        p.exhibitorId = s.buyer().id();
        p.buyer = Buyer.of(s.buyer());
        p.eventNameVi = s.eventNameVi();
        p.eventNameEn = s.eventNameEn();
        p.firstShowDay = s.firstShowDay();
        p.lastShowDay = s.lastShowDay();
        p.depositPercent = depositPercent;
        p.depositDue = terms.depositDue();
        p.balanceDue = terms.balanceDue();
        int lineNo = 0;
        for (Item item : items) {
            for (Charge.VatPart part : item.charge().vat()) {
                p.lines.add(new PaymentRequestLine(++lineNo, item.reservationId(), item.boothNumber(), item.hallCode(),
                        item.boothAreaCm2(), part.rateBp(), part.baseVnd(), part.vatVnd()));
            }
        }
        p.total();
        return p;
    }

    /**
     * A new request, numbered {@code number}, for the booths of this one that are still approved ({@code keep}),
     * with the same amounts per booth, deposit share and due dates; this one is withdrawn ({@link #replacedBy} points
     * it at the new one once that is stored).
     */
    public PaymentRequest replaceWithout(String cancelledReservationId, DocNumber number, String reason, String by, Instant now) {
        voidFor(reason, by, now);
        PaymentRequest p = numbered(number, by, now);
        p.eventId = eventId;
        p.exhibitorId = exhibitorId;
        p.buyer = buyer.copy();
        p.eventNameVi = eventNameVi;
        p.eventNameEn = eventNameEn;
        p.firstShowDay = firstShowDay;
        p.lastShowDay = lastShowDay;
        p.depositPercent = depositPercent;
        p.depositDue = depositDue;
        p.balanceDue = balanceDue;
        int lineNo = 0;
        for (PaymentRequestLine l : lines) {
            if (!l.reservationId().equals(cancelledReservationId)) {
                p.lines.add(l.renumbered(++lineNo));
            }
        }
        if (p.lines.isEmpty()) {
            throw new IllegalStateException("nothing left to request");
        }
        p.total();
        return p;
    }

    /** A new request with its number, issued by {@code by} at {@code now}; the caller fills in the rest. */
    private static PaymentRequest numbered(DocNumber number, String by, Instant now) {
        PaymentRequest p = new PaymentRequest();
        p.id = UUID.randomUUID().toString();
        p.seqYear = number.year();
        p.seqValue = number.value();
        p.number = number.text();
        p.issuedAt = now;
        p.issuedBy = by;
        return p;
    }

    /** Points this withdrawn request at the one that replaces it (once that one is stored). */
    public void replacedBy(PaymentRequest replacement) {
        if (!voided()) {
            throw new IllegalStateException("only a withdrawn request is replaced");
        }
        withdrawal = withdrawal.replacedBy(replacement.id());
    }

    /** Withdraws the request (a booth on it was cancelled); only while nothing has been paid on it. */
    public void voidFor(String reason, String by, Instant now) {
        if (voided()) {
            throw DomainException.conflict("INVOICE_VOID", number);
        }
        if (paidVnd > 0) {
            throw DomainException.conflict("RESERVATION_HAS_PAYMENTS");
        }
        withdrawal = Withdrawal.of(now, by, reason);
    }

    private void total() {
        Map<Integer, long[]> byRate = new TreeMap<>();
        long net = 0;
        long tax = 0;
        for (PaymentRequestLine l : lines) {
            long[] sums = byRate.computeIfAbsent(l.rateBp(), r -> new long[2]);
            sums[0] += l.netVnd();
            sums[1] += l.vatVnd();
            net += l.netVnd();
            tax += l.vatVnd();
        }
        vat.clear();
        byRate.forEach((rate, sums) -> vat.add(new VatLine(new Charge.VatPart(rate, sums[0], sums[1]))));
        netVnd = net;
        vatVnd = tax;
        grossVnd = net + tax;
        depositVnd = Charge.halfUp(grossVnd * depositPercent, 100);
    }

    /** Records money received; returns true when the request is now paid in full. */
    public boolean pay(long amountVnd) {
        if (voided()) {
            throw DomainException.conflict("INVOICE_VOID", number);
        }
        if (amountVnd <= 0) {
            throw DomainException.invalid("amountVnd", "PAYMENT_NOT_POSITIVE");
        }
        if (amountVnd > outstandingVnd()) {
            throw DomainException.invalid("amountVnd", "PAYMENT_ABOVE_OUTSTANDING", outstandingVnd());
        }
        paidVnd += amountVnd;
        return paidVnd == grossVnd;
    }

    /** The reservations this request covers, in line order, each once. */
    public List<String> reservationIds() {
        return lines.stream().map(PaymentRequestLine::reservationId).distinct().toList();
    }

    public long outstandingVnd() { return voided() ? 0 : grossVnd - paidVnd; }
    public long balanceVnd() { return grossVnd - depositVnd; }
    public boolean paidInFull() { return paidVnd == grossVnd; }
    public boolean voided() { return withdrawal != null && withdrawal.at() != null; }

    public String id() { return id; }
    public String number() { return number; }
    public String eventId() { return eventId; }
    public String exhibitorId() { return exhibitorId; }
    public String buyerName() { return buyer.name(); }
    public TaxCode buyerTaxCode() { return buyer.taxCode(); }
    public String buyerAddress() { return buyer.address(); }
    public String buyerEmail() { return buyer.email(); }
    public String eventNameVi() { return eventNameVi; }
    public String eventNameEn() { return eventNameEn; }
    public LocalDate firstShowDay() { return firstShowDay; }
    public LocalDate lastShowDay() { return lastShowDay; }
    public long netVnd() { return netVnd; }
    public long vatVnd() { return vatVnd; }
    public long grossVnd() { return grossVnd; }
    public int depositPercent() { return depositPercent; }
    public long depositVnd() { return depositVnd; }
    public long paidVnd() { return paidVnd; }
    public LocalDate depositDue() { return depositDue; }
    public LocalDate balanceDue() { return balanceDue; }
    public Instant issuedAt() { return issuedAt; }
    public Instant voidedAt() { return voided() ? withdrawal.at() : null; }
    public String voidReason() { return voided() ? withdrawal.reason() : null; }
    public String replacedBy() { return voided() ? withdrawal.replacement() : null; }
    public List<Charge.VatPart> vat() { return vat.stream().map(VatLine::part).toList(); }
    public List<PaymentRequestLine> lines() { return List.copyOf(lines); }
}
