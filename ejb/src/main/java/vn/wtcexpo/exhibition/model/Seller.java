package vn.wtcexpo.exhibition.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.FieldChecks;
import vn.wtcexpo.shared.Text;

/**
 * Who sells the booths: the venue company's legal name and address in both languages, its tax code, and the bank
 * accounts exhibitors pay into, as every payment request shows them. One per installation, kept by the venue admin.
 */
@Entity
@Table(name = "seller")
public class Seller {

    public static final String ID = "SELLER";
    public static final int MAX_ACCOUNTS = 5;

    @Id
    @Column(length = 10)
    private String id = ID;

    @Column(name = "legal_name_vi", nullable = false, length = 200)
    private String legalNameVi;

    @Column(name = "legal_name_en", nullable = false, length = 200)
    private String legalNameEn;

    @Column(name = "tax_code", nullable = false, length = 13)
    private String taxCode;

    @Column(name = "address_vi", nullable = false, length = 300)
    private String addressVi;

    @Column(name = "address_en", nullable = false, length = 300)
    private String addressEn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "seller_bank_account", joinColumns = @JoinColumn(name = "seller_id"))
    @OrderColumn(name = "position")
    private List<BankAccount> accounts = new ArrayList<>();

    @Version
    private long version;

    /** An account to pay into: the bank, the account's number and holder, and its branch if the bank asks for one. */
    @Embeddable
    public static class BankAccount {
        @Column(name = "bank_name", nullable = false, length = 120)
        private String bankName;
        @Column(name = "account_number", nullable = false, length = 30)
        private String accountNumber;
        @Column(name = "account_holder", nullable = false, length = 200)
        private String accountHolder;
        @Column(length = 120)
        private String branch;
        @Column(name = "napas_bin", length = 6)
        private String napasBin;

        protected BankAccount() {
        }

        BankAccount(String bankName, String accountNumber, String accountHolder, String branch, String napasBin) {
            this.bankName = bankName;
            this.accountNumber = accountNumber;
            this.accountHolder = accountHolder;
            this.branch = branch;
            this.napasBin = napasBin;
        }

        public String bankName() { return bankName; }
        public String accountNumber() { return accountNumber; }
        public String accountHolder() { return accountHolder; }
        public String branch() { return branch; }
        public String napasBin() { return napasBin; }
    }

    /** What the venue admin types: the identity and up to five accounts. */
    public record Details(String legalNameVi, String legalNameEn, String taxCode, String addressVi, String addressEn,
                          List<Account> accounts) {
    }

    /**
     * An account as typed; {@code napasBin} is the bank's six-digit NAPAS BIN (optional: with it, payment requests carry
     * a VietQR code for a transfer into this account).
     */
    public record Account(String bankName, String accountNumber, String accountHolder, String branch, String napasBin) {
        public Account(String bankName, String accountNumber, String accountHolder, String branch) {
            this(bankName, accountNumber, accountHolder, branch, null);
        }
    }

    protected Seller() {
    }

    /** The seller as typed, every field checked and every refusal told at once. */
    public static Seller of(Details d) {
        Seller s = new Seller();
        s.change(d);
        return s;
    }

    public void change(Details d) {
        if (d == null) {
            throw DomainException.invalid("seller", "VALUE_REQUIRED");
        }
        FieldChecks checks = new FieldChecks();
        String nameVi = checks.field(() -> Text.required("legalNameVi", d.legalNameVi(), 200));
        String nameEn = checks.field(() -> Text.required("legalNameEn", d.legalNameEn(), 200));
        TaxCode tax = checks.field(() -> TaxCode.parse(d.taxCode()));
        String addrVi = checks.field(() -> Text.required("addressVi", d.addressVi(), 300));
        String addrEn = checks.field(() -> Text.required("addressEn", d.addressEn(), 300));
        List<BankAccount> list = new ArrayList<>();
        checks.rule(() -> {
            List<Account> typed = d.accounts() == null ? List.of() : d.accounts();
            if (typed.isEmpty()) {
                throw DomainException.invalid("accounts", "SELLER_ACCOUNT_REQUIRED");
            }
            if (typed.size() > MAX_ACCOUNTS) {
                throw DomainException.invalid("accounts", "SELLER_TOO_MANY_ACCOUNTS", MAX_ACCOUNTS);
            }
            for (Account a : typed) {
                String number = Text.required("accountNumber", a.accountNumber(), 30).replaceAll("[\\s.-]", "");
                if (!number.matches("[0-9A-Za-z]{4,30}")) {
                    throw DomainException.invalid("accountNumber", "SELLER_ACCOUNT_NUMBER_INVALID", a.accountNumber());
                }
                String bin = Text.optional("napasBin", a.napasBin(), 10);
                if (bin != null && !bin.matches("[0-9]{6}")) {
                    throw DomainException.invalid("napasBin", "SELLER_BANK_BIN_INVALID", bin);
                }
                list.add(new BankAccount(Text.required("bankName", a.bankName(), 120), number.toUpperCase(Locale.ROOT),
                        Text.required("accountHolder", a.accountHolder(), 200), Text.optional("branch", a.branch(), 120), bin));
            }
        });
        checks.done();
        legalNameVi = nameVi;
        legalNameEn = nameEn;
        taxCode = tax.compact();
        addressVi = addrVi;
        addressEn = addrEn;
        accounts.clear();
        accounts.addAll(list);
    }

    public String legalNameVi() { return legalNameVi; }
    public String legalNameEn() { return legalNameEn; }
    public TaxCode taxCode() { return new TaxCode(taxCode); }
    public String addressVi() { return addressVi; }
    public String addressEn() { return addressEn; }
    public List<BankAccount> accounts() { return List.copyOf(accounts); }
}
