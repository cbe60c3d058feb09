package vn.wtcexpo.exhibition.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.wtcexpo.shared.DomainException;

/**
 * The payment request issued when a booth reservation is approved: buyer, booth, amounts (net, VAT by
 * rate, gross, deposit, balance) and what has been paid. Numbered from a gap-free sequence per year
 * ({@code YC-2027-00001}). It is not Vietnam's legal VAT invoice, which a certified e-invoice provider
 * issues from the data this request exports.
 */
@Entity
@Table(name = "payment_request")
@NamedQuery(name = "PaymentRequest.ofReservation", query = "select p from PaymentRequest p where p.reservationId = :reservation")
@NamedQuery(name = "PaymentRequest.ofEvent", query = "select p from PaymentRequest p where p.eventId = :event order by p.seqYear, p.seqValue")
public class PaymentRequest {

    public static final String SEQUENCE = "PAYMENT_REQUEST";

    @Embeddable
    public static class VatLine {
        @Column(name = "rate_bp", nullable = false)
        private int rateBp;
        @Column(name = "base_vnd", nullable = false)
        private long baseVnd;
        @Column(name = "vat_vnd", nullable = false)
        private long vatVnd;

        protected VatLine() {
        }

        VatLine(Charge.VatPart part) {
            this.rateBp = part.rateBp();
            this.baseVnd = part.baseVnd();
            this.vatVnd = part.vatVnd();
        }

        public Charge.VatPart part() {
            return new Charge.VatPart(rateBp, baseVnd, vatVnd);
        }
    }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "doc_number", nullable = false, length = 20)
    private String number;

    @Column(name = "seq_year", nullable = false)
    private int seqYear;

    @Column(name = "seq_value", nullable = false)
    private int seqValue;

    @Column(name = "reservation_id", nullable = false, length = 36)
    private String reservationId;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(name = "exhibitor_id", nullable = false, length = 36)
    private String exhibitorId;

    @Column(name = "buyer_name", nullable = false, length = 200)
    private String buyerName;

    @Column(name = "buyer_tax_code", nullable = false, length = 13)
    private String buyerTaxCode;

    @Column(name = "buyer_address", nullable = false, length = 300)
    private String buyerAddress;

    @Column(name = "buyer_email", nullable = false, length = 254)
    private String buyerEmail;

    @Column(name = "event_name_vi", nullable = false, length = 200)
    private String eventNameVi;

    @Column(name = "event_name_en", nullable = false, length = 200)
    private String eventNameEn;

    @Column(name = "booth_number", nullable = false, length = 30)
    private String boothNumber;

    @Column(name = "hall_code", nullable = false, length = 10)
    private String hallCode;

    @Column(name = "booth_area_cm2", nullable = false)
    private long boothAreaCm2;

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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payment_request_vat", joinColumns = @JoinColumn(name = "payment_request_id"))
    private List<VatLine> vat = new ArrayList<>();

    @Version
    private long version;

    protected PaymentRequest() {
    }

    /** What the request is for, copied so that later changes of the company or booth do not alter it. */
    public record Subject(String reservationId, String eventId, String eventNameVi, String eventNameEn,
                          Exhibitor buyer, Booth booth, LocalDate firstShowDay, LocalDate lastShowDay) {
    }

    public PaymentRequest(int year, int seq, Subject s, Charge charge, LocalDate depositDue, LocalDate balanceDue,
                          String issuedBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.seqYear = year;
        this.seqValue = seq;
        this.number = String.format("YC-%d-%05d", year, seq);
        this.reservationId = s.reservationId();
        this.eventId = s.eventId();
        this.exhibitorId = s.buyer().id();
        this.buyerName = s.buyer().companyName();
        this.buyerTaxCode = s.buyer().taxCode().compact();
        this.buyerAddress = s.buyer().address();
        this.buyerEmail = s.buyer().email();
        this.eventNameVi = s.eventNameVi();
        this.eventNameEn = s.eventNameEn();
        this.boothNumber = s.booth().number();
        this.hallCode = s.booth().hallCode();
        this.boothAreaCm2 = s.booth().area().area();
        this.firstShowDay = s.firstShowDay();
        this.lastShowDay = s.lastShowDay();
        this.netVnd = charge.netVnd();
        this.vatVnd = charge.vatVnd();
        this.grossVnd = charge.grossVnd();
        this.depositVnd = charge.depositVnd();
        this.depositDue = depositDue;
        this.balanceDue = balanceDue.isBefore(depositDue) ? depositDue : balanceDue;
        this.issuedAt = now;
        this.issuedBy = issuedBy;
        charge.vat().forEach(p -> vat.add(new VatLine(p)));
    }

    /** Records money received; returns true when the request is now paid in full. */
    public boolean pay(long amountVnd) {
        if (amountVnd <= 0) {
            throw DomainException.invalid("amountVnd", "PAYMENT_NOT_POSITIVE");
        }
        if (amountVnd > outstandingVnd()) {
            throw DomainException.invalid("amountVnd", "PAYMENT_ABOVE_OUTSTANDING", outstandingVnd());
        }
        paidVnd += amountVnd;
        return paidVnd == grossVnd;
    }

    public long outstandingVnd() { return grossVnd - paidVnd; }
    public long balanceVnd() { return grossVnd - depositVnd; }
    public boolean paidInFull() { return paidVnd == grossVnd; }

    public String id() { return id; }
    public String number() { return number; }
    public String reservationId() { return reservationId; }
    public String eventId() { return eventId; }
    public String exhibitorId() { return exhibitorId; }
    public String buyerName() { return buyerName; }
    public TaxCode buyerTaxCode() { return new TaxCode(buyerTaxCode); }
    public String buyerAddress() { return buyerAddress; }
    public String buyerEmail() { return buyerEmail; }
    public String eventNameVi() { return eventNameVi; }
    public String eventNameEn() { return eventNameEn; }
    public String boothNumber() { return boothNumber; }
    public String hallCode() { return hallCode; }
    public long boothAreaCm2() { return boothAreaCm2; }
    public LocalDate firstShowDay() { return firstShowDay; }
    public LocalDate lastShowDay() { return lastShowDay; }
    public long netVnd() { return netVnd; }
    public long vatVnd() { return vatVnd; }
    public long grossVnd() { return grossVnd; }
    public long depositVnd() { return depositVnd; }
    public long paidVnd() { return paidVnd; }
    public LocalDate depositDue() { return depositDue; }
    public LocalDate balanceDue() { return balanceDue; }
    public Instant issuedAt() { return issuedAt; }
    public List<Charge.VatPart> vat() { return vat.stream().map(VatLine::part).toList(); }
}
