package vn.wtcexpo.web.exhibition;


import vn.wtcexpo.registration.application.BadgeService;
import vn.wtcexpo.gate.application.GateReports;
import vn.wtcexpo.registration.application.BadgeDocuments;
import vn.wtcexpo.registration.application.BadgeFormat;
import vn.wtcexpo.web.i18n.LanguageView;
import vn.wtcexpo.web.registration.RegistrationExport;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.wtcexpo.exhibition.application.ExhibitionReports;
import vn.wtcexpo.exhibition.application.PaymentRequestService;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.i18n.DomainErrors;
import vn.wtcexpo.web.support.Spreadsheets;

/**
 * Downloads for signed-in people on the pages (the API takes Basic or bearer credentials, never the page
 * session): {@code /documents/payment-request?id=} (PDF), {@code /documents/exhibitors?event=&format=csv|xlsx},
 * {@code /documents/registrations?event=&format=csv|xlsx}, {@code /documents/badge-job?id=} (a batch's PDF) and
 * {@code /documents/staff-badges?event=&size=a6|label} (an exhibitor's staff badges), {@code
 * /documents/report?event=&format=pdf|xlsx[&exhibitor=me]} (the post-show report, or an exhibitor's page of it).
 * The use cases check who may read what; anything refused is a 404.
 */
@WebServlet("/documents/*")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PaymentRequestService invoices;

    @Inject
    private ExhibitionReports reports;

    @Inject

    private BadgeService badgeService;

    @Inject
    private BadgeDocuments badges;

    @Inject
    private vn.wtcexpo.notification.application.Outbox outbox;

    /** The language the reader chose on the pages: the documents they download speak it too. */
    @Inject
    private LanguageView lang;

    @Inject
    private GateReports gateReports;

    @Inject
    private vn.wtcexpo.gate.application.LeadService leads;

    @Inject
    private vn.wtcexpo.web.insight.ReportFiles reportFiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            switch (path) {
                case "/payment-request" -> {
                    String id = request.getParameter("id");
                    byte[] pdf = invoices.paymentRequestPdf(id);
                    String number = invoices.paymentRequest(id).number();
                    send(response, "application/pdf", "inline; filename=\"" + number + ".pdf\"", pdf);
                }
                case "/exhibitors" -> {
                    String event = request.getParameter("event");
                    var rows = ExhibitorExport.rows(reports.exhibitorList(event), lang.getLocale());
                    if ("xlsx".equals(request.getParameter("format"))) {
                        send(response, Spreadsheets.XLSX, "attachment; filename=\"exhibitors.xlsx\"",
                                Spreadsheets.xlsx("Exhibitors", rows));
                    } else {
                        send(response, Spreadsheets.CSV, "attachment; filename=\"exhibitors.csv\"", Spreadsheets.csv(rows));
                    }
                }
                case "/registrations" -> {
                    String event = request.getParameter("event");
                    var rows = RegistrationExport.rows(badgeService.badges(event, null),
                            lang.getLocale());
                    if ("xlsx".equals(request.getParameter("format"))) {
                        send(response, Spreadsheets.XLSX, "attachment; filename=\"registrations.xlsx\"",
                                Spreadsheets.xlsx("Registrations", rows));
                    } else {
                        send(response, Spreadsheets.CSV, "attachment; filename=\"registrations.csv\"", Spreadsheets.csv(rows));
                    }
                }
                case "/badge-job" -> send(response, "application/pdf", "attachment; filename=\"badges.pdf\"",
                        badges.jobPdf(request.getParameter("id")));
                case "/staff-badges" -> send(response, "application/pdf", "inline; filename=\"staff-badges.pdf\"",
                        badges.myStaffPdf(request.getParameter("event"), BadgeFormat.parse(request.getParameter("size"))));
                case "/visitor-flow" -> {
                    var rows = gateReports.flow(request.getParameter("event"));
                    if ("json".equals(request.getParameter("format"))) {
                        send(response, "application/json; charset=UTF-8", "attachment; filename=\"visitor-flow.json\"",
                                vn.wtcexpo.web.gate.FlowExport.json(rows).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    } else {
                        send(response, "text/csv; charset=UTF-8", "attachment; filename=\"visitor-flow.csv\"",
                                vn.wtcexpo.web.gate.FlowExport.csv(rows).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
                case "/leads" -> {
                    var rows = vn.wtcexpo.web.gate.LeadExport.rows(leads.leads(request.getParameter("event")),
                            lang.getLocale());
                    if ("xlsx".equals(request.getParameter("format"))) {
                        send(response, Spreadsheets.XLSX, "attachment; filename=\"leads.xlsx\"", Spreadsheets.xlsx("Leads", rows));
                    } else {
                        send(response, Spreadsheets.CSV, "attachment; filename=\"leads.csv\"", Spreadsheets.csv(rows));
                    }
                }
                case "/report" -> {
                    String event = request.getParameter("event");
                    boolean own = vn.wtcexpo.web.insight.ReportFiles.ownPage(request.getParameter("exhibitor"));
                    if ("xlsx".equals(request.getParameter("format"))) {
                        send(response, Spreadsheets.XLSX, "attachment; filename=\""
                                + vn.wtcexpo.web.insight.ReportFiles.fileName(event, own, "xlsx") + "\"", reportFiles.xlsx(event, own));
                    } else {
                        send(response, vn.wtcexpo.web.insight.ReportFiles.PDF, "inline; filename=\""
                                + vn.wtcexpo.web.insight.ReportFiles.fileName(event, own, "pdf") + "\"", reportFiles.pdf(event, own));
                    }
                }
                case "/outbox-attachment" -> {
                    // the venue admin opens what a message carries, as its recipient would (a kept demo e-mail's badge)
                    var file = outbox.attachment(request.getParameter("id"));
                    send(response, file.contentType(), "inline; filename=\"" + file.fileName().replace("\"", "") + "\"", file.content());
                }
                default -> response.sendError(404);
            }
        } catch (RuntimeException e) {
            DomainException refusal = DomainErrors.find(e);
            if (refusal == null && !(e instanceof jakarta.ejb.EJBAccessException)) {
                throw e;
            }
            response.sendError(404);
        }
    }

    private static void send(HttpServletResponse response, String type, String disposition, byte[] body) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", disposition);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
