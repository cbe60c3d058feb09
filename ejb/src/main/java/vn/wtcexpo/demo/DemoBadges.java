package vn.wtcexpo.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import vn.wtcexpo.exhibition.model.ExhibitionRepository;
import vn.wtcexpo.exhibition.model.Exhibitor;
import vn.wtcexpo.exhibition.model.StaffMember;
import vn.wtcexpo.registration.application.internal.EventKeys;
import vn.wtcexpo.registration.model.Badge;
import vn.wtcexpo.registration.model.Channel;
import vn.wtcexpo.registration.model.EventRegistration;
import vn.wtcexpo.registration.model.Registrant;
import vn.wtcexpo.registration.model.RegistrationRepository;
import vn.wtcexpo.shared.BadgeKind;

/**
 * SAMPLE DATA, not people: visitors registered for the demo fair over the past weeks (online and at the desk),
 * press, VIP and organizer staff badges, and exhibitor staff with their badges. No e-mail is sent for them.
 */
@ApplicationScoped
class DemoBadges {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Ngọc", "Đức", "Thanh", "Quốc", "Thu", "Hữu", "Kim"};
    private static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Khánh",
        "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Việt", "Yến"};
    private static final String[] COMPANIES = {"Công ty CP Nội thất Phú Tài", "Công ty TNHH Gỗ Tân Uyên",
        "Công ty TNHH Thiết kế Nhà Xinh", "Xưởng mộc Lái Thiêu", "Công ty CP Kiến trúc Sài Gòn Mới", null,
        "Siêu thị Nội thất Bình Dương", "Công ty TNHH Xuất nhập khẩu Gỗ Việt", null, "Trường Đại học Thủ Dầu Một"};
    private static final String[] INTERESTS = {"FURNITURE", "WOODWORKING_MACHINERY", "WOOD_MATERIALS", "PACKAGING"};

    @Inject
    private RegistrationRepository registrations;

    @Inject
    private ExhibitionRepository exhibition;

    @Inject
    private EventKeys keys;

    void load(String eventId, List<Exhibitor> exhibitorsWithBooths) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        EventRegistration desk = keys.newDesk(eventId, now.minus(40, ChronoUnit.DAYS));
        registrations.add(desk);
        registrations.flush();
        Badge.Signer signer = keys.signer(desk);
        Random random = new Random(2027);
        for (int i = 0; i < 120; i++) {
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            String email = "khach" + (i + 1) + "@example.vn";
            String phone = "09" + (10_000_000 + random.nextInt(89_999_999));
            Registrant who = Registrant.of(name, COMPANIES[random.nextInt(COMPANIES.length)], i % 4 == 0 ? "Giám đốc mua hàng" : null,
                    email, phone, i % 5 == 0 ? "en" : "vi", random.nextInt(3) > 0,
                    List.of(INTERESTS[random.nextInt(INTERESTS.length)]), true, List.of(INTERESTS));
            desk.admitVisitor();
            Channel channel = i % 10 == 9 ? Channel.DESK : Channel.ONLINE;
            registrations.add(Badge.issue(eventId, BadgeKind.VISITOR, who, channel,
                    now.minus(30 - i / 5, ChronoUnit.DAYS).minus(random.nextInt(600), ChronoUnit.MINUTES), signer));
        }
        guest(eventId, BadgeKind.PRESS, "Phóng viên Trần Thu Hà", "Báo Bình Dương", now, signer);
        guest(eventId, BadgeKind.PRESS, "Nguyễn Quốc Việt", "VTV9", now, signer);
        guest(eventId, BadgeKind.VIP, "Lê Minh Tâm", "Hiệp hội Chế biến Gỗ Bình Dương", now, signer);
        guest(eventId, BadgeKind.ORGANIZER_STAFF, "Đặng Thị Hạnh", "Ban tổ chức", now, signer);
        guest(eventId, BadgeKind.CONTRACTOR, "Võ Văn Sơn", "Công ty TNHH Dàn dựng Sân khấu Ánh Sao", now, signer);

        // two people on the staff list of each of the first companies with booths, with their badges
        int n = 0;
        for (Exhibitor company : exhibitorsWithBooths.stream().limit(4).toList()) {
            for (int i = 0; i < 2; i++) {
                String name = FAMILY[(n * 3 + 1) % FAMILY.length] + " " + MIDDLE[n % MIDDLE.length] + " "
                        + GIVEN[(n * 7 + 2) % GIVEN.length];
                StaffMember member = new StaffMember(company.id(), eventId, name, "nhanvien" + (++n) + "@example.vn",
                        i == 0 ? "Trưởng gian hàng" : "Nhân viên kinh doanh");
                exhibition.add(member);
                exhibition.flush();
                Registrant who = Registrant.of(name, company.companyName(), member.jobTitle(), member.email(), null, "vi",
                        false, List.of(), false, List.of());
                registrations.add(Badge.forStaff(eventId, member.id(), company.id(), who, now, signer));
            }
        }
        registrations.flush();
    }

    /** A plausible Vietnamese name. */
    static String name(Random random) {
        return FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
    }

    private void guest(String eventId, BadgeKind kind, String name, String company, Instant now, Badge.Signer signer) {
        Registrant who = Registrant.of(name, company, null, null, null, "vi", false, List.of(), false, List.of());
        registrations.add(Badge.issue(eventId, kind, who, Channel.DESK, now.minus(3, ChronoUnit.DAYS), signer));
    }
}
