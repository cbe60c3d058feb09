package vn.wtcexpo.exhibition.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a payment request: a booth's rent taxed at one VAT rate. */
@Embeddable
public class PaymentRequestLine {
    @Column(name = "line_no", nullable = false)
    private int lineNo;
    @Column(name = "reservation_id", nullable = false, length = 36)
    private String reservationId;
    @Column(name = "booth_number", nullable = false, length = 30)
    private String boothNumber;
    @Column(name = "hall_code", nullable = false, length = 10)
    private String hallCode;
    @Column(name = "booth_area_cm2", nullable = false)
    private long boothAreaCm2;
    @Column(name = "rate_bp", nullable = false)
    private int rateBp;
    @Column(name = "net_vnd", nullable = false)
    private long netVnd;
    @Column(name = "vat_vnd", nullable = false)
    private long vatVnd;

    protected PaymentRequestLine() {
    }

    PaymentRequestLine(int lineNo, String reservationId, String boothNumber, String hallCode, long boothAreaCm2, int rateBp,
         long netVnd, long vatVnd) {
        this.lineNo = lineNo;
        this.reservationId = reservationId;
        this.boothNumber = boothNumber;
        this.hallCode = hallCode;
        this.boothAreaCm2 = boothAreaCm2;
        this.rateBp = rateBp;
        this.netVnd = netVnd;
        this.vatVnd = vatVnd;
    }

    /** The same booth and amounts as line {@code no} of another request (one that replaces this line's). */
    PaymentRequestLine renumbered(int no) {
        return new PaymentRequestLine(no, reservationId, boothNumber, hallCode, boothAreaCm2, rateBp, netVnd, vatVnd);
    }

    public int lineNo() { return lineNo; }
    public String reservationId() { return reservationId; }
    public String boothNumber() { return boothNumber; }
    public String hallCode() { return hallCode; }
    public long boothAreaCm2() { return boothAreaCm2; }
    public int rateBp() { return rateBp; }
    public long netVnd() { return netVnd; }
    public long vatVnd() { return vatVnd; }
}
