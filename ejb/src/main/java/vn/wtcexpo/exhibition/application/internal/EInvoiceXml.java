package vn.wtcexpo.exhibition.application.internal;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.wtcexpo.exhibition.application.PaymentRequestSummary;
import vn.wtcexpo.exhibition.model.Charge;
import vn.wtcexpo.exhibition.model.Seller;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.shared.VietnameseNumbers;

/**
 * The data of a payment request in the layout of Vietnam's e-invoices (Circular 78/2021/TT-BTC, the General
 * Department of Taxation's XML: {@code HDon} › {@code DLHDon} › {@code TTChung} and {@code NDHDon} with
 * {@code NBan}, {@code NMua}, {@code DSHHDVu}, {@code TToan}), unsigned and without the invoice's series and number,
 * which the certified provider that issues it assigns. One goods line per booth, and per VAT rate where its show
 * days straddle a change of rate (each day is taxed at its own rate), the totals by rate, the total in figures and in
 * words.
 */
final class EInvoiceXml {

    private EInvoiceXml() {
    }

    static String render(PaymentRequestSummary p, Seller.Details seller) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("HDon");
            x.writeStartElement("DLHDon");
            x.writeAttribute("Id", "data");

            x.writeStartElement("TTChung");
            element(x, "PBan", "2.0.1");
            element(x, "THDon", "Hóa đơn giá trị gia tăng");
            element(x, "KHMSHDon", "1");
            element(x, "NLap", DateTimeFormatter.ISO_LOCAL_DATE.format(p.issuedAt().atZone(Formats.VIETNAM).toLocalDate()));
            element(x, "DVTTe", "VND");
            element(x, "TGia", "1");
            element(x, "HTTToan", "Chuyển khoản");
            x.writeStartElement("TTKhac");
            info(x, "SoYeuCauThanhToan", p.number());
            x.writeEndElement();
            x.writeEndElement(); // TTChung

            x.writeStartElement("NDHDon");
            x.writeStartElement("NBan");
            if (seller != null) {
                element(x, "Ten", seller.legalNameVi());
                element(x, "MST", seller.taxCode().replace("-", ""));
                element(x, "DChi", seller.addressVi());
                if (!seller.accounts().isEmpty()) {
                    element(x, "STKNHang", seller.accounts().get(0).accountNumber());
                    element(x, "TNHang", seller.accounts().get(0).bankName());
                }
            }
            x.writeEndElement(); // NBan
            x.writeStartElement("NMua");
            element(x, "Ten", p.buyerName());
            element(x, "MST", p.buyerTaxCode().replace("-", ""));
            element(x, "DChi", p.buyerAddress());
            x.writeEndElement(); // NMua

            x.writeStartElement("DSHHDVu");
            boolean split = p.splitByRate();
            for (PaymentRequestSummary.Line l : p.lines()) {
                x.writeStartElement("HHDVu");
                element(x, "TChat", "1");
                element(x, "STT", String.valueOf(l.lineNo()));
                element(x, "THHDVu", "Thuê gian hàng " + l.boothNumber() + " (sảnh " + l.hall() + ") – " + p.eventNameVi()
                        + (split ? ", phần chịu thuế suất " + rate(l.rateBp()) : ""));
                element(x, "DVTinh", "gian hàng");
                element(x, "SLuong", "1");
                element(x, "DGia", String.valueOf(l.netVnd()));
                element(x, "ThTien", String.valueOf(l.netVnd()));
                element(x, "TSuat", rate(l.rateBp()));
                x.writeEndElement();
            }
            x.writeEndElement(); // DSHHDVu

            x.writeStartElement("TToan");
            x.writeStartElement("THTTLTSuat");
            Map<String, long[]> byRate = new LinkedHashMap<>();
            for (Charge.VatPart v : p.vat()) {
                long[] sums = byRate.computeIfAbsent(rate(v), r -> new long[2]);
                sums[0] += v.baseVnd();
                sums[1] += v.vatVnd();
            }
            for (var e : byRate.entrySet()) {
                x.writeStartElement("LTSuat");
                element(x, "TSuat", e.getKey());
                element(x, "ThTien", String.valueOf(e.getValue()[0]));
                element(x, "TThue", String.valueOf(e.getValue()[1]));
                x.writeEndElement();
            }
            x.writeEndElement(); // THTTLTSuat
            element(x, "TgTCThue", String.valueOf(p.netVnd()));
            element(x, "TgTThue", String.valueOf(p.vatVnd()));
            element(x, "TgTTTBSo", String.valueOf(p.grossVnd()));
            element(x, "TgTTTBChu", VietnameseNumbers.words(p.grossVnd()) + " đồng");
            x.writeEndElement(); // TToan
            x.writeEndElement(); // NDHDon
            x.writeEndElement(); // DLHDon
            x.writeEmptyElement("DSCKS"); // the signatures: the provider's and the seller's, added when it is issued
            x.writeEndElement(); // HDon
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** A VAT rate as the layout writes it: {@code 10%}, {@code 8%}, {@code 0%}. */
    private static String rate(Charge.VatPart v) {
        return rate(v.rateBp());
    }

    private static String rate(int rateBp) {
        return (rateBp % 100 == 0 ? String.valueOf(rateBp / 100) : String.valueOf(rateBp / 100.0)) + "%";
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text == null ? "" : text);
        x.writeEndElement();
    }

    private static void info(XMLStreamWriter x, String field, String value) throws XMLStreamException {
        x.writeStartElement("TTin");
        element(x, "TTruong", field);
        element(x, "KDLieu", "string");
        element(x, "DLieu", value);
        x.writeEndElement();
    }
}
