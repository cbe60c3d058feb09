package vn.wtcexpo.exhibition.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A payment request's VAT at one rate: the base it is charged on and the tax (a row of {@code payment_request_vat}). */
@Embeddable
public class VatLine {

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
