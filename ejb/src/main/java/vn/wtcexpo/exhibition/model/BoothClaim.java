package vn.wtcexpo.exhibition.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A live reservation's claim on one booth's floor: its own booth and, for a combined booth, each booth it
 * covers. The primary key makes a second claim on the same booth impossible, whatever the code does.
 */
@Entity
@Table(name = "booth_claim")
public class BoothClaim {

    @Id
    @Column(name = "booth_id", length = 36)
    private String boothId;

    @Column(name = "reservation_id", nullable = false, length = 36)
    private String reservationId;

    protected BoothClaim() {
    }

    public BoothClaim(String boothId, String reservationId) {
        this.boothId = boothId;
        this.reservationId = reservationId;
    }

    public String boothId() { return boothId; }
    public String reservationId() { return reservationId; }
}
