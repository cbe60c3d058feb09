package vn.wtcexpo.exhibition.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.wtcexpo.shared.Text;

/** Money received against a payment request. */
@Entity
@Table(name = "payment")
@NamedQuery(name = "Payment.ofRequest", query = "select p from Payment p where p.paymentRequestId = :request order by p.recordedAt")
public class Payment {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "payment_request_id", nullable = false, length = 36)
    private String paymentRequestId;

    @Column(name = "amount_vnd", nullable = false)
    private long amountVnd;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(length = 100)
    private String reference;

    @Column(name = "recorded_by", nullable = false, length = 32)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Payment() {
    }

    public Payment(String paymentRequestId, long amountVnd, LocalDate receivedOn, String reference, String recordedBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.paymentRequestId = paymentRequestId;
        this.amountVnd = amountVnd;
        this.receivedOn = receivedOn;
        this.reference = Text.optional("reference", reference, 100);
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public String id() { return id; }
    public String paymentRequestId() { return paymentRequestId; }
    public long amountVnd() { return amountVnd; }
    public LocalDate receivedOn() { return receivedOn; }
    public String reference() { return reference; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
