package vn.wtcexpo.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import vn.wtcexpo.exhibition.application.StaffService;
import vn.wtcexpo.registration.application.RegistrationForm;
import vn.wtcexpo.registration.application.RegistrationService;
import vn.wtcexpo.shared.BadgeKind;

/**
 * SAMPLE DATA, not people: visitors who registered for the demo fair over the past weeks (online, and some at the
 * organizer's desk), press, VIP, organizer staff and contractor badges made at the desk, and two people on the staff
 * list of each of the first companies with booths, whose badges the staff list issues. Their e-mails belong to the
 * replayed past: kept in the outbox, not sent.
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
    private RegistrationService registrations;

    @Inject
    private StaffService staff;

    void load(String eventId, List<DemoCompanies.Company> withBooths, Instant now) {
        Random random = new Random(2027);
        for (int i = 0; i < 120; i++) {
            String email = "khach" + (i + 1) + "@example.vn";
            String phone = "09" + (10_000_000 + random.nextInt(89_999_999));
            RegistrationForm form = new RegistrationForm(name(random), COMPANIES[random.nextInt(COMPANIES.length)],
                    i % 4 == 0 ? "Giám đốc mua hàng" : null, email, phone, i % 5 == 0 ? "en" : "vi", random.nextInt(3) > 0,
                    List.of(INTERESTS[random.nextInt(INTERESTS.length)]));
            Instant at = now.minus(30 - i / 5, ChronoUnit.DAYS).minus(random.nextInt(600), ChronoUnit.MINUTES);
            if (i % 10 == 9) {
                Cast.organizer(at, () -> registrations.registerAtDesk(eventId, BadgeKind.VISITOR, form));
            } else {
                Cast.visitor(at, () -> registrations.register(eventId, form));
            }
        }
        Instant desk = now.minus(3, ChronoUnit.DAYS);
        guest(eventId, BadgeKind.PRESS, "Phóng viên Trần Thu Hà", "Báo Bình Dương", desk);
        guest(eventId, BadgeKind.PRESS, "Nguyễn Quốc Việt", "VTV9", desk);
        guest(eventId, BadgeKind.VIP, "Lê Minh Tâm", "Hiệp hội Chế biến Gỗ Bình Dương", desk);
        guest(eventId, BadgeKind.ORGANIZER_STAFF, "Đặng Thị Hạnh", "Ban tổ chức", desk);
        guest(eventId, BadgeKind.CONTRACTOR, "Võ Văn Sơn", "Công ty TNHH Dàn dựng Sân khấu Ánh Sao", desk);

        int n = 0;
        for (DemoCompanies.Company company : withBooths.stream().limit(4).toList()) {
            for (int i = 0; i < 2; i++) {
                String name = FAMILY[(n * 3 + 1) % FAMILY.length] + " " + MIDDLE[n % MIDDLE.length] + " "
                        + GIVEN[(n * 7 + 2) % GIVEN.length];
                String email = "nhanvien" + (++n) + "@example.vn";
                String title = i == 0 ? "Trưởng gian hàng" : "Nhân viên kinh doanh";
                Cast.exhibitor(company.username(), desk, () -> staff.addStaff(eventId, name, email, title));
            }
        }
    }

    /** A plausible Vietnamese name. */
    static String name(Random random) {
        return FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
    }

    /** A badge made at the organizer's desk, for someone without an e-mail address on file. */
    static void guest(RegistrationService registrations, String eventId, BadgeKind kind, String name, String company,
                      Instant at) {
        RegistrationForm form = new RegistrationForm(name, company, null, null, null, "vi", false, List.of());
        Cast.organizer(at, () -> registrations.registerAtDesk(eventId, kind, form));
    }

    private void guest(String eventId, BadgeKind kind, String name, String company, Instant at) {
        guest(registrations, eventId, kind, name, company, at);
    }
}
