package vn.wtcexpo.notification.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import vn.wtcexpo.notification.application.AttachmentSource;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Hands one e-mail to the SMTP server of the mail session {@code mail/wtcexpo} (config/mail-session.sh). */
@ApplicationScoped
public class MailSender {

    public static final String SESSION = "mail/wtcexpo";

    /**
     * The mail session, looked up once: each JNDI lookup of a mail resource builds a new session (copying its
     * properties), which cost the outbox worker more than composing the message. Looked up again only while
     * the lookup fails, so that a server whose mail resource is added later starts sending without a restart.
     */
    private volatile Session session;

    /**
     * Connects to the SMTP server first and only then makes the attachment, so that a badge PDF is not rendered
     * again and again while the server is down.
     *
     * @param attachment makes the file to attach; null for none
     * @return null when the SMTP server took the message, else why not
     */
    public String send(String to, String subject, String body, Supplier<AttachmentSource.Attachment> attachment) {
        try {
            Session session = session();
            try (Transport transport = session.getTransport(new InternetAddress(to))) {
                transport.connect();
                MimeMessage message = new MimeMessage(session);
                String from = session.getProperty("mail.from");
                if (from != null) {
                    message.setFrom(new InternetAddress(from));
                } else {
                    message.setFrom();
                }
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
                message.setHeader("Subject", EncodedWords.header(subject));
                if (attachment == null) {
                    message.setText(body, StandardCharsets.UTF_8.name());
                } else {
                    AttachmentSource.Attachment file;
                    try {
                        file = attachment.get();
                    } catch (RuntimeException e) {
                        return "the attachment could not be made: " + e;
                    }
                    MimeBodyPart text = new MimeBodyPart();
                    text.setText(body, StandardCharsets.UTF_8.name());
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
                    part.setFileName(file.fileName());
                    part.setDisposition(Part.ATTACHMENT);
                    message.setContent(new MimeMultipart(text, part));
                }
                message.setSentDate(new Date());
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
            return null;
        } catch (NamingException e) {
            return "no mail session " + SESSION;
        } catch (MessagingException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private Session session() throws NamingException {
        Session s = session;
        if (s == null) {
            s = (Session) new InitialContext().lookup(SESSION);
            session = s;
        }
        return s;
    }
}
