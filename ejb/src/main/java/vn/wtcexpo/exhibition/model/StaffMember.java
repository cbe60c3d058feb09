package vn.wtcexpo.exhibition.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.wtcexpo.shared.Text;

/** A person an exhibitor brings to an event; the badge issue prints their badge. */
@Entity
@Table(name = "exhibitor_staff")
@NamedQuery(name = "StaffMember.of", query = "select s from StaffMember s where s.exhibitorId = :exhibitor and s.eventId = :event order by s.createdAt")
@NamedQuery(name = "StaffMember.count", query = "select count(s) from StaffMember s where s.exhibitorId = :exhibitor and s.eventId = :event")
public class StaffMember {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "exhibitor_id", nullable = false, length = 36)
    private String exhibitorId;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(name = "full_name", nullable = false, length = 100)
    private String fullName;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "job_title", length = 100)
    private String jobTitle;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StaffMember() {
    }

    public StaffMember(String exhibitorId, String eventId, String fullName, String email, String jobTitle) {
        String name = Text.required("fullName", fullName, 100);
        String mail = Exhibitor.checkEmail("email", email).toLowerCase(java.util.Locale.ROOT);
        String job = Text.optional("jobTitle", jobTitle, 100);
        this.id = UUID.randomUUID().toString();
        this.exhibitorId = exhibitorId;
        this.eventId = eventId;
        this.fullName = name;
        this.email = mail;
        this.jobTitle = job;
        this.createdAt = Instant.now();
    }

    public String id() { return id; }
    public String exhibitorId() { return exhibitorId; }
    public String eventId() { return eventId; }
    public String fullName() { return fullName; }
    public String email() { return email; }
    public String jobTitle() { return jobTitle; }
    public Instant createdAt() { return createdAt; }
}
