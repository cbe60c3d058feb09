package vn.wtcexpo.gate.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.wtcexpo.gate.application.DeviceSummary;
import vn.wtcexpo.gate.application.LeadService;
import vn.wtcexpo.gate.application.LeadSummary;
import vn.wtcexpo.shared.Roles;

/**
 * The lead use cases. Capturing is decided in a transaction of its own ({@link LeadDesk}): two scans of one badge
 * at the same moment make one lead (the unique key refuses the second, which then finds the first).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultLeadService implements LeadService {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    @Inject
    private LeadDesk desk;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed({Roles.EXHIBITOR, Roles.LEAD_DEVICE})
    public LeadSummary capture(String eventId, String code) {
        try {
            return desk.capture(eventId, code, clock.instant());
        } catch (EJBException e) {
            // the same badge captured by a colleague at this moment: the lead exists now
            return desk.capture(eventId, code, clock.instant());
        }
    }

    @Override
    @RolesAllowed({Roles.EXHIBITOR, Roles.LEAD_DEVICE})
    public LeadSummary assess(String leadId, Integer rating, String notes) {
        return desk.assess(leadId, rating, notes);
    }

    @Override
    @RolesAllowed({Roles.EXHIBITOR, Roles.LEAD_DEVICE})
    public List<LeadSummary> leads(String eventId) {
        return desk.leads(eventId);
    }

    @Override
    @RolesAllowed(Roles.EXHIBITOR)
    public List<DeviceSummary> leadScanners(String eventId) {
        return desk.scanners(eventId);
    }

    @Override
    @RolesAllowed(Roles.EXHIBITOR)
    public DeviceSummary openLeadScanner(String eventId, String deviceName) {
        return desk.openScanner(eventId, deviceName);
    }
}
