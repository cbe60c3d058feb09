package vn.wtcexpo.exhibition.model;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Text;

/** A company that exhibits: its legal details for payment requests, its contact, what it shows. */
@Entity
@Table(name = "exhibitor")
@Cacheable // read on every reservation and page; changes are rare and go through this server's cache
public class Exhibitor {

    public static final Pattern EMAIL = vn.wtcexpo.shared.Contacts.EMAIL;
    public static final Pattern PHONE = vn.wtcexpo.shared.Contacts.PHONE;
    public static final Pattern WEBSITE = Pattern.compile("https?://[^\\s]+");

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "company_name", nullable = false, length = 200)
    private String companyName;

    @Column(name = "tax_code", nullable = false, length = 13)
    private String taxCode;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(name = "contact_name", nullable = false, length = 100)
    private String contactName;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 30)
    private String phone;

    @Column(length = 200)
    private String website;

    @Column(length = 2000)
    private String products;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exhibitor_category", joinColumns = @JoinColumn(name = "exhibitor_id"))
    @Column(name = "category", length = 30)
    @Enumerated(EnumType.STRING)
    private Set<ProductCategory> categories = EnumSet.noneOf(ProductCategory.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Exhibitor() {
    }

    public static Exhibitor register(Profile profile) {
        Exhibitor e = new Exhibitor();
        e.id = UUID.randomUUID().toString();
        e.createdAt = Instant.now();
        e.describe(profile);
        return e;
    }

    /** What a company says about itself; checked field by field. */
    public record Profile(String companyName, String taxCode, String address, String contactName, String email,
                          String phone, String website, String products, Collection<ProductCategory> categories) {
    }

    public void describe(Profile p) {
        if (p == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        String name = Text.required("companyName", p.companyName(), 200);
        TaxCode tax = TaxCode.parse(p.taxCode());
        String addr = Text.required("address", p.address(), 300);
        String contact = Text.required("contactName", p.contactName(), 100);
        String mail = checkEmail("email", p.email());
        String tel = Text.required("phone", p.phone(), 30);
        if (!PHONE.matcher(tel).matches()) {
            throw DomainException.invalid("phone", "PHONE_INVALID");
        }
        String web = Text.optional("website", p.website(), 200);
        if (web != null && !WEBSITE.matcher(web).matches()) {
            throw DomainException.invalid("website", "WEBSITE_INVALID");
        }
        String prod = Text.optionalLines("products", p.products(), 2000);
        if (p.categories() != null && p.categories().size() > ProductCategory.values().length) {
            throw DomainException.invalid("categories", "INVALID_VALUE");
        }
        this.companyName = name;
        this.taxCode = tax.compact();
        this.address = addr;
        this.contactName = contact;
        this.email = mail;
        this.phone = tel;
        this.website = web;
        this.products = prod;
        this.categories.clear();
        if (p.categories() != null) {
            for (ProductCategory c : p.categories()) {
                if (c == null) {
                    throw DomainException.invalid("categories", "INVALID_VALUE");
                }
                this.categories.add(c);
            }
        }
        this.updatedAt = Instant.now();
    }

    /** An e-mail address as people type it, trimmed; {@code EMAIL_INVALID} unless it looks like one. */
    public static String checkEmail(String field, String email) {
        String mail = Text.required(field, email, 254);
        if (!EMAIL.matcher(mail).matches()) {
            throw DomainException.invalid(field, "EMAIL_INVALID");
        }
        return mail;
    }

    public String id() { return id; }
    public String companyName() { return companyName; }
    public TaxCode taxCode() { return new TaxCode(taxCode); }
    public String address() { return address; }
    public String contactName() { return contactName; }
    public String email() { return email; }
    public String phone() { return phone; }
    public String website() { return website; }
    public String products() { return products; }
    public List<ProductCategory> categories() { return categories.stream().sorted().toList(); }
}
