package vn.wtcexpo.exhibition.application.internal;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.wtcexpo.exhibition.application.PaymentRequestSummary;
import vn.wtcexpo.exhibition.model.Charge;
import vn.wtcexpo.exhibition.model.Seller;
import vn.wtcexpo.exhibition.model.VietQr;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.infrastructure.documents.PdfPage;

/**
 * A payment request as a bilingual A4 PDF: Vietnamese first, English under it, amounts in whole VND.
 * It says what it is: a request for payment, not Vietnam's legal VAT invoice.
 */
final class PaymentRequestPdf {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final float LEFT = 20 * PdfPage.MM;

    private PaymentRequestPdf() {
    }

    /** An amount as the PDF prints it: {@code 33.000.000 ₫}, with a plain space (the font has no no-break space). */
    static String money(long vnd, Locale locale) {
        return Formats.vnd(vnd, locale).replace('\u00a0', ' ');
    }

    static byte[] render(PaymentRequestSummary p, Seller.Details seller) {
        try (PdfPage pdf = new PdfPage(PDRectangle.A4, "Yêu cầu thanh toán / Payment request " + p.number())) {
            float right = pdf.width() - LEFT;
            float y = 18 * PdfPage.MM;
            pdf.band(0, 0, pdf.width(), 10 * PdfPage.MM, 11, 61, 145);
            pdf.text("WTC Expo · Binh Duong New City", LEFT, y, 10, true);
            pdf.textRight(p.number(), right, y, 10, true);
            y += 10 * PdfPage.MM;
            pdf.text("YÊU CẦU THANH TOÁN", LEFT, y, 20, true);
            y += 26;
            pdf.text("Payment request", LEFT, y, 13, false);
            y += 24;
            pdf.text("Số / No.: " + p.number(), LEFT, y, 10, false);
            pdf.textRight("Ngày lập / Issued: " + Formats.date(p.issuedAt(), VI) + " · " + Formats.date(p.issuedAt(), Locale.ENGLISH),
                    right, y, 10, false);
            y += 22;
            if (p.voided()) {
                pdf.color(176, 0, 32);
                y += pdf.paragraph("ĐÃ THU HỒI ngày " + Formats.date(p.voidedAt(), VI) + " – xin đừng thanh toán theo yêu cầu này. "
                        + "/ WITHDRAWN on " + Formats.date(p.voidedAt(), Locale.ENGLISH) + " – please do not pay it.",
                        LEFT, y, right - LEFT, 11, true);
                pdf.color(0, 0, 0);
                y += 6;
            }
            pdf.rule(LEFT, right, y, 0.5f);
            y += 10;

            pdf.text("Bên bán / Seller", LEFT, y, 9, true);
            y += 14;
            if (seller == null) {
                y += pdf.paragraph("Thông tin bên bán chưa được cấu hình: xin liên hệ văn phòng trung tâm. / The seller's details "
                        + "are not set yet: please ask the venue office.", LEFT, y, right - LEFT, 10, false);
            } else {
                y += pdf.paragraph(seller.legalNameVi(), LEFT, y, right - LEFT, 11, true);
                if (!seller.legalNameEn().equals(seller.legalNameVi())) {
                    y += pdf.paragraph(seller.legalNameEn(), LEFT, y, right - LEFT, 10, false);
                }
                pdf.text("Mã số thuế / Tax code: " + seller.taxCode(), LEFT, y, 10, false);
                y += 14;
                y += pdf.paragraph("Địa chỉ / Address: " + seller.addressVi()
                        + (seller.addressEn().equals(seller.addressVi()) ? "" : " / " + seller.addressEn()), LEFT, y, right - LEFT, 10, false);
            }
            y += 10;

            pdf.text("Bên mua / Buyer", LEFT, y, 9, true);
            y += 14;
            y += pdf.paragraph(p.buyerName(), LEFT, y, right - LEFT, 11, true);
            pdf.text("Mã số thuế / Tax code: " + p.buyerTaxCode(), LEFT, y, 10, false);
            y += 14;
            y += pdf.paragraph("Địa chỉ / Address: " + p.buyerAddress(), LEFT, y, right - LEFT, 10, false);
            y += 10;

            pdf.text("Sự kiện / Event", LEFT, y, 9, true);
            y += 14;
            y += pdf.paragraph(p.eventNameVi(), LEFT, y, right - LEFT, 11, true);
            if (!p.eventNameEn().equals(p.eventNameVi())) {
                y += pdf.paragraph(p.eventNameEn(), LEFT, y, right - LEFT, 10, false);
            }
            pdf.text("Ngày trưng bày / Show days: " + Formats.days(p.firstShowDay(), p.lastShowDay(), VI),
                    LEFT, y, 10, false);
            y += 22;

            // a line per booth (and VAT rate, where the show days straddle a change of rate)
            pdf.band(LEFT, y, right - LEFT, 18, 236, 241, 248);
            pdf.text("Nội dung / Description", LEFT + 4, y + 4, 9, true);
            pdf.textRight("Thành tiền / Amount", right - 4, y + 4, 9, true);
            y += 24;
            boolean split = p.splitByRate();
            for (PaymentRequestSummary.Line l : p.lines()) {
                y = room(pdf, y, 40);
                String area = Formats.decimal(l.boothAreaSqm(), VI);
                String part = split ? " · VAT " + Formats.percent(l.rateBp() / 100.0, VI) : "";
                y += pdf.paragraph(l.lineNo() + ". Thuê gian hàng " + l.boothNumber() + " (sảnh " + l.hall() + ", " + area
                        + " m²) / Booth " + l.boothNumber() + " rental (hall " + l.hall() + ", " + area + " m²)" + part,
                        LEFT + 4, y, right - LEFT - 130, 10, false);
                pdf.textRight(money(l.netVnd(), VI), right - 4, y - 13.5f, 10, false);
                y += 2;
            }
            y += 4;
            y = room(pdf, y, (8 + p.vat().size()) * 16 + 30);
            pdf.rule(LEFT, right, y, 0.3f);
            y += 8;
            y = amountLine(pdf, "Cộng tiền hàng / Net", money(p.netVnd(), VI), y, right, false);
            for (Charge.VatPart v : p.vat()) {
                String rate = Formats.percent(v.rateBp() / 100.0, VI);
                y = amountLine(pdf, "Thuế GTGT " + rate + " trên " + money(v.baseVnd(), VI) + " / VAT " + rate,
                        money(v.vatVnd(), VI), y, right, false);
            }
            y = amountLine(pdf, "Tổng cộng / Total (VAT included)", money(p.grossVnd(), VI), y, right, true);
            y += 8;
            y = amountLine(pdf, "Đặt cọc / Deposit, hạn / due " + Formats.date(p.depositDue(), VI), money(p.depositVnd(), VI), y, right, false);
            y = amountLine(pdf, "Còn lại / Balance, hạn / due " + Formats.date(p.balanceDue(), VI), money(p.balanceVnd(), VI), y, right, false);
            y = amountLine(pdf, "Đã thanh toán / Paid", money(p.paidVnd(), VI), y, right, false);
            y = amountLine(pdf, "Còn phải trả / Outstanding", money(p.outstandingVnd(), VI), y, right, true);
            y += 14;

            // how to pay: the accounts, and the reference that lets the venue match the transfer to this request;
            // a VietQR code of what is due now, for the first account whose bank's NAPAS BIN is known
            y = room(pdf, y, 150);
            Transfer qr = seller == null ? null : transfer(p, seller);
            float qrSize = 34 * PdfPage.MM;
            float textWidth = qr == null ? right - LEFT : right - LEFT - qrSize - 6 * PdfPage.MM;
            pdf.text("Thanh toán bằng chuyển khoản / Pay by bank transfer", LEFT, y, 9, true);
            y += 14;
            // the reference on one line of its own, the width of the page: a bank clerk copies it as it stands
            pdf.text("Nội dung chuyển khoản / Transfer reference: " + transferReference(p), LEFT, y, 10, true);
            y += 16;
            float top = y;
            if (seller != null) {
                for (Seller.Account a : seller.accounts()) {
                    y += pdf.paragraph(a.bankName() + (a.branch() == null ? "" : " – " + a.branch()) + " · STK / Account no. "
                            + a.accountNumber() + " · " + a.accountHolder(), LEFT, y, textWidth, 10, false);
                }
            }
            if (qr != null) {
                boolean[][] modules = qrModules(qr.text());
                float module = qrSize / (modules.length + 8);
                pdf.modules(modules, right - qrSize + 4 * module, top + 4 * module, module);
                float below = top + qrSize + 2;
                pdf.textRight("VietQR · " + money(qr.amountVnd(), VI), right, below, 8.5f, true);
                pdf.textRight(qr.depositOnly() ? "đặt cọc / deposit" : "còn phải trả / outstanding", right, below + 11, 8.5f, false);
                y = Math.max(y, below + 24);
            }
            y += 12;

            pdf.rule(LEFT, right, y, 0.5f);
            y += 8;
            pdf.color(80, 80, 80);
            y += pdf.paragraph("Tài liệu này là yêu cầu thanh toán, không phải hóa đơn giá trị gia tăng. Hóa đơn điện tử hợp lệ "
                    + "do nhà cung cấp hóa đơn điện tử được cấp phép phát hành theo dữ liệu của yêu cầu này.",
                    LEFT, y, right - LEFT, 8.5f, false);
            y += 4;
            pdf.paragraph("This document is a request for payment, not a VAT invoice. The legal e-invoice is issued by a "
                    + "certified e-invoice provider from the data of this request.", LEFT, y, right - LEFT, 8.5f, false);
            return pdf.toBytes();
        }
    }

    /** A VietQR transfer printed on the request: its text, the amount it asks for, and whether that is the deposit. */
    record Transfer(String text, long amountVnd, boolean depositOnly) {
    }

    /**
     * The transfer of what is due now (the rest of the deposit until it is paid, then the rest of the whole) into the
     * first account whose bank's BIN is known; none for a withdrawn or paid request, or without such an account.
     */
    static Transfer transfer(PaymentRequestSummary p, Seller.Details seller) {
        if (p.voided() || p.outstandingVnd() <= 0) {
            return null;
        }
        Seller.Account account = seller.accounts().stream().filter(a -> a.napasBin() != null).findFirst().orElse(null);
        if (account == null) {
            return null;
        }
        boolean deposit = p.paidVnd() < p.depositVnd();
        long amount = deposit ? p.depositVnd() - p.paidVnd() : p.outstandingVnd();
        return new Transfer(VietQr.transfer(account.napasBin(), account.accountNumber(), amount, transferReference(p)),
                amount, deposit);
    }

    /** The modules of a QR code of the text (error correction M, as banks print theirs), {@code [row][column]}. */
    static boolean[][] qrModules(String text) {
        try {
            ByteMatrix m = Encoder.encode(text, ErrorCorrectionLevel.M).getMatrix();
            boolean[][] dark = new boolean[m.getHeight()][m.getWidth()];
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    dark[y][x] = m.get(x, y) == 1;
                }
            }
            return dark;
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the payer writes on the transfer: the request's number and the buyer's tax code, which banks keep as typed. */
    static String transferReference(PaymentRequestSummary p) {
        return p.number() + " " + p.buyerTaxCode().replace("-", "");
    }

    /** Starts a new page when fewer than {@code needed} points are left above the bottom margin; the y to go on at. */
    private static float room(PdfPage pdf, float y, float needed) {
        if (y + needed > pdf.height() - 15 * PdfPage.MM) {
            pdf.newPage();
            return 20 * PdfPage.MM;
        }
        return y;
    }

    private static float amountLine(PdfPage pdf, String label, String amount, float y, float right, boolean bold) {
        pdf.text(label, LEFT + 4, y, 10, bold);
        pdf.textRight(amount, right - 4, y, 10, bold);
        return y + 16;
    }
}
