package vn.wtcexpo.exhibition.model;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account that acts for an exhibitor company. */
@Entity
@Table(name = "exhibitor_member")
@Cacheable // read on every reservation and page; changes are rare and go through this server's cache
public class ExhibitorMember {

    @Id
    @Column(length = 32)
    private String username;

    @Column(name = "exhibitor_id", nullable = false, length = 36)
    private String exhibitorId;

    protected ExhibitorMember() {
    }

    public ExhibitorMember(String username, String exhibitorId) {
        this.username = username;
        this.exhibitorId = exhibitorId;
    }

    public String username() { return username; }
    public String exhibitorId() { return exhibitorId; }
}
