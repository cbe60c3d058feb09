package vn.wtcexpo.web.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Tables for download: CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel reads Vietnamese right)
 * and a one-sheet Office Open XML workbook (.xlsx) with inline strings and numbers, its columns as wide as
 * their contents, the header row frozen and a filter on it. Cells are data:
 * a CSV cell that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}) is
 * quoted with a leading apostrophe.
 */
public final class Spreadsheets {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Spreadsheets() {
    }

    /** @param rows the header row first; a cell is a String, a Number or null */
    public static byte[] csv(List<List<Object>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(csvCell(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String csvCell(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number n) {
            return n.toString();
        }
        String s = cell.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** @param rows the header row first (bold); a cell is a String, a Number, a {@link Percent} or null */
    public static byte[] xlsx(String sheetName, List<List<Object>> rows) {
        return xlsx(List.of(new Sheet(sheetName, rows)));
    }

    /** A sheet of a workbook: its name (made valid and unique in the workbook) and its rows, the header first. */
    public record Sheet(String name, List<List<Object>> rows) {
    }

    /** A share as a spreadsheet holds it: a fraction (0.25), shown as a percentage with one decimal (25.0%). */
    public record Percent(double fraction) {
    }

    /** A workbook of one or more sheets, each as {@link #xlsx(String, List)} makes its one. */
    public static byte[] xlsx(List<Sheet> sheets) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> names = new java.util.ArrayList<>();
        for (Sheet s : sheets) {
            String name = sheetName(s.name());
            String unique = name;
            for (int i = 2; names.stream().anyMatch(unique::equalsIgnoreCase); i++) {
                String suffix = " " + i;
                unique = (name.length() + suffix.length() > 31 ? name.substring(0, 31 - suffix.length()) : name) + suffix;
            }
            names.add(unique);
        }
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            StringBuilder types = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
            StringBuilder list = new StringBuilder();
            StringBuilder filters = new StringBuilder();
            StringBuilder rels = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""");
            for (int i = 0; i < sheets.size(); i++) {
                List<List<Object>> rows = sheets.get(i).rows();
                int width = Math.max(1, rows.stream().mapToInt(List::size).max().orElse(1));
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(i + 1)
                        .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                list.append("<sheet name=\"").append(xml(names.get(i))).append("\" sheetId=\"").append(i + 1)
                        .append("\" r:id=\"rId").append(i + 2).append("\"/>");
                filters.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i).append("\" hidden=\"1\">'")
                        .append(xml(names.get(i).replace("'", "''"))).append("'!$A$1:$").append(column(width - 1)).append('$')
                        .append(Math.max(1, rows.size())).append("</definedName>");
                rels.append("<Relationship Id=\"rId").append(i + 2)
                        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                        .append(i + 1).append(".xml\"/>");
            }
            put(zip, "[Content_Types].xml", types.append("</Types>").toString());
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            put(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets>%s</sheets><definedNames>%s</definedNames></workbook>""".formatted(list, filters));
            put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
            put(zip, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                    <numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>\
                    <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
                    <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
                    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                    <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                    <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
                    <xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
                    </styleSheet>""");
            for (int i = 0; i < sheets.size(); i++) {
                put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", worksheet(sheets.get(i).rows()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String worksheet(List<List<Object>> rows) {
        int width = Math.max(1, rows.stream().mapToInt(List::size).max().orElse(1));
        String range = "A1:" + column(width - 1) + Math.max(1, rows.size());
        StringBuilder sheet = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
        sheet.append("<dimension ref=\"").append(range).append("\"/>")
                .append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .append("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews><cols>");
        int[] chars = widths(rows, width);
        for (int c = 0; c < width; c++) {
            sheet.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(chars[c]).append("\" customWidth=\"1\"/>");
        }
        sheet.append("</cols><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                String ref = column(c) + (r + 1);
                if (cell == null) {
                    continue;
                }
                if (cell instanceof Number n) {
                    sheet.append("<c r=\"").append(ref).append("\" s=\"2\"><v>").append(n).append("</v></c>");
                } else if (cell instanceof Percent p) {
                    sheet.append("<c r=\"").append(ref).append("\" s=\"3\"><v>").append(p.fraction()).append("</v></c>");
                } else {
                    sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"").append(r == 0 ? " s=\"1\"" : "")
                            .append("><is><t xml:space=\"preserve\">").append(xml(cell.toString())).append("</t></is></c>");
                }
            }
            sheet.append("</row>");
        }
        return sheet.append("</sheetData><autoFilter ref=\"").append(range).append("\"/></worksheet>").toString();
    }

    /**
     * Each column's width in characters: its longest cell (a number as "1,234,567" shows it, the header with room
     * for the filter's button), at least 8 and at most 60.
     */
    static int[] widths(List<List<Object>> rows, int columns) {
        int[] w = new int[columns];
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                if (cell == null) {
                    continue;
                }
                String shown = cell instanceof Number n ? String.format(java.util.Locale.ROOT, "%,d", n.longValue())
                        : cell instanceof Percent ? "100.0%" : cell.toString();
                int longest = shown.lines().mapToInt(l -> l.codePointCount(0, l.length())).max().orElse(0);
                w[c] = Math.max(w[c], longest + (r == 0 ? 4 : 2));
            }
        }
        for (int c = 0; c < columns; c++) {
            w[c] = Math.max(8, Math.min(60, w[c]));
        }
        return w;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String column(int index) {
        StringBuilder s = new StringBuilder();
        int n = index;
        do {
            s.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return s.toString();
    }

    /** Escapes XML and drops the characters XML 1.0 cannot carry. */
    static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                            || cp >= 0x10000) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    /** Sheet names: at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(String name) {
        String n = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return n.isEmpty() ? "Sheet1" : n.length() > 31 ? n.substring(0, 31) : n;
    }
}
