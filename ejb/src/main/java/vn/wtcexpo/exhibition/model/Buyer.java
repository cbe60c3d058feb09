package vn.wtcexpo.exhibition.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The company a payment request is made out to, copied when the request is issued: a later change of the company's
 * name, tax code or address does not alter a request already sent.
 */
@Embeddable
public class Buyer {

    @Column(name = "buyer_name", nullable = false, length = 200)
    private String name;

    @Column(name = "buyer_tax_code", nullable = false, length = 13)
    private String taxCode;

    @Column(name = "buyer_address", nullable = false, length = 300)
    private String address;

    @Column(name = "buyer_email", nullable = false, length = 254)
    private String email;

    protected Buyer() {
    }

    static Buyer of(Exhibitor company) {
        Buyer b = new Buyer();
        b.name = company.companyName();
        b.taxCode = company.taxCode().compact();
        b.address = company.address();
        b.email = company.email();
        return b;
    }

    /** The same buyer for another request (an embedded value belongs to one entity). */
    Buyer copy() {
        Buyer b = new Buyer();
        b.name = name;
        b.taxCode = taxCode;
        b.address = address;
        b.email = email;
        return b;
    }

    public String name() { return name; }
    public TaxCode taxCode() { return new TaxCode(taxCode); }
    public String address() { return address; }
    public String email() { return email; }
}
