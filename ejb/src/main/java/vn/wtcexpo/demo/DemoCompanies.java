package vn.wtcexpo.demo;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import vn.wtcexpo.exhibition.application.ExhibitorProfile;
import vn.wtcexpo.exhibition.application.ExhibitorService;
import vn.wtcexpo.exhibition.application.SignUp;
import vn.wtcexpo.exhibition.model.ProductCategory;
import vn.wtcexpo.exhibition.model.TaxCode;

/**
 * The demo fair's exhibiting companies: made-up names of the kinds that show at a wood and furniture fair. Each signs
 * up on the public page with an account of its own ({@code sample-01}…), whose password nobody knows.
 */
final class DemoCompanies {

    private DemoCompanies() {
    }

    /** A company that signed up, and the username of its account. */
    record Company(String username, ExhibitorProfile profile) {
    }

    /** Signs the companies up at {@code at}, each in its own transaction, and returns them in order. */
    static List<Company> signUp(ExhibitorService exhibitors, Instant at) {
        String[][] data = {
            {"Công ty CP Máy Chế Biến Gỗ Đông Á", "0100233488", "WOODWORKING_MACHINERY", "Máy CNC, máy chà nhám, dây chuyền sơn"},
            {"Công ty TNHH Nội Thất Phương Nam", "0301234562", "FURNITURE", "Sofa, giường, tủ áo"},
            {"Woodtech Asia Co., Ltd.", "0312345675", "WOODWORKING_MACHINERY", "Edge banders, panel saws"},
            {"Công ty TNHH Ván Ép Tân Uyên", "3700123450", "WOOD_MATERIALS", "Ván ép, MDF, HDF"},
            {"Công ty CP Sơn Gỗ Việt", "0302468138", "WOOD_MATERIALS", "Sơn PU, sơn nước cho đồ gỗ"},
            {"Robotic Finishing Vietnam", "0315792461", "ROBOTICS", "Robot phun sơn, robot xếp hàng"},
            {"Công ty TNHH Phụ Kiện Nội Thất Hòa Phát Lộc", "0309876541", "FURNITURE", "Bản lề, ray trượt, tay nắm"},
            {"Binh Duong Packaging JSC", "3701234564", "PACKAGING", "Thùng carton, pallet gỗ"},
            {"Công ty TNHH Tự Động Hóa Sài Gòn", "0304444441", "INDUSTRIAL_AUTOMATION", "PLC, biến tần, cảm biến"},
            {"Green Timber Trading", "0311112226", "WOOD_MATERIALS", "Gỗ sồi, gỗ óc chó nhập khẩu"},
            {"Công ty CP Hậu Cần Mỹ Phước", "3702222226", "LOGISTICS", "Kho bãi, vận tải container"},
            {"Công ty TNHH Điện Công Nghiệp Thuận An", "3703333336", "ELECTRICAL_EQUIPMENT", "Tủ điện, dây cáp"},
        };
        List<Company> list = new ArrayList<>();
        for (String[] d : data) {
            int n = list.size();
            ExhibitorProfile profile = new ExhibitorProfile(null, d[0], validTaxCode(d[1]),
                    "KCN Việt Nam – Singapore, Thuận An, Bình Dương", "Phòng kinh doanh", "sales." + n + "@example.vn",
                    "0274 3700 " + (100 + n), null, d[3], List.of(ProductCategory.valueOf(d[2])));
            String username = String.format("sample-%02d", n + 1);
            SignUp signUp = new SignUp(profile, username, unguessable());
            list.add(new Company(username, Cast.visitor(at, () -> exhibitors.signUp(signUp))));
        }
        return list;
    }

    /** A password nobody is told: the sample companies' accounts are there to act in the demo's history only. */
    private static String unguessable() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A sample tax code: the first nine digits of {@code code}, moved up until some check digit makes it valid. */
    static String validTaxCode(String code) {
        long nine = Long.parseLong(code.substring(0, 9));
        for (int bump = 0; bump < 10; bump++) {
            String candidate = String.format("%09d", (nine + bump) % 1_000_000_000L);
            for (int check = 0; check < 10; check++) {
                if (TaxCode.valid(candidate + check)) {
                    return candidate + check;
                }
            }
        }
        throw new IllegalStateException(code);
    }
}
