package vn.wtcexpo.web.exhibition;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.wtcexpo.exhibition.application.SellerService;
import vn.wtcexpo.exhibition.model.Seller;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.support.Retried;

/** The venue admin's form for the seller on payment requests: identity in both languages and bank accounts. */
@Named
@ViewScoped
@Retried
public class SellerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SellerService sellers;

    private String legalNameVi;
    private String legalNameEn;
    private String taxCode;
    private String addressVi;
    private String addressEn;
    private List<AccountRow> accounts = new ArrayList<>();

    /** A bank account as the form edits it. */
    public static class AccountRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String bankName;
        private String accountNumber;
        private String accountHolder;
        private String branch;
        private String napasBin;

        public String getNapasBin() { return napasBin; }
        public void setNapasBin(String napasBin) { this.napasBin = napasBin; }
        public String getBankName() { return bankName; }
        public void setBankName(String bankName) { this.bankName = bankName; }
        public String getAccountNumber() { return accountNumber; }
        public void setAccountNumber(String accountNumber) { this.accountNumber = accountNumber; }
        public String getAccountHolder() { return accountHolder; }
        public void setAccountHolder(String accountHolder) { this.accountHolder = accountHolder; }
        public String getBranch() { return branch; }
        public void setBranch(String branch) { this.branch = branch; }
    }

    public void load() {
        sellers.seller().ifPresent(this::show);
        if (accounts.isEmpty()) {
            accounts.add(new AccountRow());
        }
    }

    private void show(Seller.Details d) {
        legalNameVi = d.legalNameVi();
        legalNameEn = d.legalNameEn();
        taxCode = d.taxCode();
        addressVi = d.addressVi();
        addressEn = d.addressEn();
        accounts = new ArrayList<>();
        for (Seller.Account a : d.accounts()) {
            AccountRow r = new AccountRow();
            r.bankName = a.bankName();
            r.accountNumber = a.accountNumber();
            r.accountHolder = a.accountHolder();
            r.branch = a.branch();
            r.napasBin = a.napasBin();
            accounts.add(r);
        }
    }

    public void save() {
        try {
            show(sellers.change(new Seller.Details(legalNameVi, legalNameEn, taxCode, addressVi, addressEn,
                    accounts.stream().map(a -> new Seller.Account(a.bankName, a.accountNumber, a.accountHolder, a.branch, a.napasBin)).toList())));
            FacesMessages.info("seller.saved");
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void addAccount() {
        if (accounts.size() < Seller.MAX_ACCOUNTS) {
            accounts.add(new AccountRow());
        }
    }

    public void removeAccount(AccountRow row) {
        accounts.remove(row);
    }

    public boolean isRoomForAnother() { return accounts.size() < Seller.MAX_ACCOUNTS; }
    public String getLegalNameVi() { return legalNameVi; }
    public void setLegalNameVi(String legalNameVi) { this.legalNameVi = legalNameVi; }
    public String getLegalNameEn() { return legalNameEn; }
    public void setLegalNameEn(String legalNameEn) { this.legalNameEn = legalNameEn; }
    public String getTaxCode() { return taxCode; }
    public void setTaxCode(String taxCode) { this.taxCode = taxCode; }
    public String getAddressVi() { return addressVi; }
    public void setAddressVi(String addressVi) { this.addressVi = addressVi; }
    public String getAddressEn() { return addressEn; }
    public void setAddressEn(String addressEn) { this.addressEn = addressEn; }
    public List<AccountRow> getAccounts() { return accounts; }
}
