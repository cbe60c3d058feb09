package vn.wtcexpo.web.exhibition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.wtcexpo.exhibition.application.ExhibitorProfile;
import vn.wtcexpo.exhibition.application.ExhibitorService;
import vn.wtcexpo.exhibition.application.SignUp;
import vn.wtcexpo.exhibition.model.ProductCategory;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.support.RateLimiter;
import vn.wtcexpo.web.support.Retried;

/** A company signs up as an exhibitor: its profile and its first account, limited per address like the API. */
@Named
@RequestScoped
@Retried
public class SignUpView {

    @Inject
    private ExhibitorService exhibitors;

    @Inject
    private RateLimiter limiter;

    private String companyName;
    private String taxCode;
    private String address;
    private String contactName;
    private String email;
    private String phone;
    private String website;
    private String products;
    private List<ProductCategory> categories = new ArrayList<>();
    private String username;
    private String password;

    public void signUp() throws IOException {
        SignUp signUp = new SignUp(new ExhibitorProfile(null, companyName, taxCode, address, contactName, email, phone,
                website, products, categories), username, password);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        try {
            exhibitors.check(signUp);
            limiter.hit(RateLimiter.SIGN_UP, vn.wtcexpo.web.security.ClientAddress.key((HttpServletRequest) ext.getRequest()));
            exhibitors.signUp(signUp);
            ext.getFlash().setKeepMessages(true);
            FacesMessages.info("signup.done", companyName);
            ext.redirect(ext.getRequestContextPath() + "/login.xhtml?next=%2Fexhibitor%2Findex.xhtml");
        } catch (RuntimeException e) {
            var refusal = vn.wtcexpo.web.i18n.DomainErrors.find(e);
            // the company has an account already: offer to sign in with it instead of making a second company
            alreadyRegistered = refusal != null && "TAX_CODE_REGISTERED".equals(refusal.code());
            FacesMessages.refused(e);
        }
    }

    private boolean alreadyRegistered;

    public boolean isAlreadyRegistered() { return alreadyRegistered; }

    public ProductCategory[] getAllCategories() { return ProductCategory.values(); }
    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public String getTaxCode() { return taxCode; }
    public void setTaxCode(String taxCode) { this.taxCode = taxCode; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getProducts() { return products; }
    public void setProducts(String products) { this.products = products; }
    public List<ProductCategory> getCategories() { return categories; }
    public void setCategories(List<ProductCategory> categories) { this.categories = categories; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
