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
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Hands one e-mail to the SMTP server of the mail session {@code mail/wtcexpo} (config/mail-session.sh). */
@ApplicationScoped
public class MailSender {

    public static final String SESSION = "mail/wtcexpo";

    /** @return null when the SMTP server took the message, else why not */
    public String send(String to, String subject, String body) {
        return send(to, subject, body, null);
    }

    /** @return null when the SMTP server took the message, else why not; {@code attachment} may be null */
    public String send(String to, String subject, String body, AttachmentSource.Attachment attachment) {
        try {
            Session session = (Session) new InitialContext().lookup(SESSION);
            MimeMessage message = new MimeMessage(session);
            String from = session.getProperty("mail.from");
            if (from != null) {
                message.setFrom(new InternetAddress(from));
            } else {
                message.setFrom();
            }
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            if (attachment == null) {
                message.setText(body, StandardCharsets.UTF_8.name());
            } else {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(body, StandardCharsets.UTF_8.name());
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                file.setFileName(attachment.fileName());
                file.setDisposition(Part.ATTACHMENT);
                message.setContent(new MimeMultipart(text, file));
            }
            message.setSentDate(new Date());
            Transport.send(message);
            return null;
        } catch (NamingException e) {
            return "no mail session " + SESSION;
        } catch (MessagingException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
