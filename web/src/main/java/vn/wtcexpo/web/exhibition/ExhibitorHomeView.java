package vn.wtcexpo.web.exhibition;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.ExhibitorProfile;
import vn.wtcexpo.exhibition.application.ExhibitorService;
import vn.wtcexpo.exhibition.application.ReservationService;
import vn.wtcexpo.exhibition.application.ReservationSummary;
import vn.wtcexpo.exhibition.application.StaffService;
import vn.wtcexpo.exhibition.model.ProductCategory;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.support.Retried;

/**
 * The exhibitor's home: the company profile, the fairs open for booking, its reservations with hold
 * expiry, payment requests and payments, and its staff per event.
 */
@Named
@ViewScoped
@Retried
public class ExhibitorHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExhibitorService exhibitors;

    @Inject
    private ReservationService reservations;

    @Inject
    private StaffService staff;

    @Inject
    private EventService events;

    private boolean hasProfile;
    private String companyName;
    private String taxCode;
    private String address;
    private String contactName;
    private String email;
    private String phone;
    private String website;
    private String products;
    private List<ProductCategory> categories = new ArrayList<>();
    private List<ReservationSummary> mine = List.of();
    private List<EventSummary> open = List.of();
    private final Map<String, StaffService.StaffList> staffLists = new LinkedHashMap<>();
    private String staffEvent;
    private String staffName;
    private String staffEmail;
    private String staffJob;

    public void load() {
        exhibitors.myCompany().ifPresentOrElse(p -> {
            hasProfile = true;
            companyName = p.companyName();
            taxCode = p.taxCode();
            address = p.address();
            contactName = p.contactName();
            email = p.email();
            phone = p.phone();
            website = p.website();
            products = p.products();
            categories = new ArrayList<>(p.categories());
        }, () -> hasProfile = false);
        mine = reservations.reservations(null);
        open = events.published();
        staffLists.clear();
        mine.stream().filter(r -> r.reserved() || r.status().name().equals("SOLD")).map(ReservationSummary::eventId).distinct()
                .forEach(id -> staffLists.put(id, staff.myStaff(id)));
    }

    public void saveProfile() {
        try {
            exhibitors.saveMyCompany(new ExhibitorProfile(null, companyName, taxCode, address, contactName, email, phone,
                    website, products, categories));
            FacesMessages.info("exhibitor.saved");
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void cancel(ReservationSummary r) {
        try {
            reservations.cancel(r.id(), null);
            FacesMessages.info("exhibitor.cancelled", r.boothNumber());
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void addStaff(String eventId) {
        try {
            staff.addStaff(eventId, staffName, staffEmail, staffJob);
            FacesMessages.info("staff.added", staffName);
            staffName = null;
            staffEmail = null;
            staffJob = null;
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void removeStaff(String eventId, String staffId) {
        try {
            staff.removeStaff(eventId, staffId);
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public String eventName(String eventId, java.util.Locale locale) {
        return mine.stream().filter(r -> r.eventId().equals(eventId)).findFirst().map(r -> r.eventName(locale)).orElse(eventId);
    }

    /** Published events that run today or tomorrow: where staff scan leads at the booth. */
    public List<EventSummary> getLeadEvents() {
        java.time.LocalDate today = java.time.LocalDate.now(vn.wtcexpo.shared.Formats.VIETNAM);
        return open.stream().filter(e -> !e.moveOutTo().isBefore(today) && !e.moveInFrom().isAfter(today.plusDays(1))).toList();
    }

    public List<Map.Entry<String, StaffService.StaffList>> getStaffLists() {
        return new ArrayList<>(staffLists.entrySet());
    }

    public ProductCategory[] getAllCategories() { return ProductCategory.values(); }
    public boolean isHasProfile() { return hasProfile; }
    public List<ReservationSummary> getMine() { return mine; }
    public List<EventSummary> getOpen() { return open; }
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
    public String getStaffEvent() { return staffEvent; }
    public void setStaffEvent(String staffEvent) { this.staffEvent = staffEvent; }
    public String getStaffName() { return staffName; }
    public void setStaffName(String staffName) { this.staffName = staffName; }
    public String getStaffEmail() { return staffEmail; }
    public void setStaffEmail(String staffEmail) { this.staffEmail = staffEmail; }
    public String getStaffJob() { return staffJob; }
    public void setStaffJob(String staffJob) { this.staffJob = staffJob; }
}
