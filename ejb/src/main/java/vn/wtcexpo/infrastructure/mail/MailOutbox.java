package vn.wtcexpo.infrastructure.mail;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Sends e-mail through the mail session {@code mail/wtcexpo} (config/mail-session.sh), off the caller's
 * thread. A missing session or an unreachable SMTP server is logged, never thrown at the user.
 */
@Stateless
public class MailOutbox {

    public static final String SESSION = "mail/wtcexpo";
    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @Asynchronous
    public void send(String to, String subject, String body) {
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
            message.setText(body, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (NamingException e) {
            LOG.warning(() -> "No mail session " + SESSION + ": e-mail to " + to + " not sent (" + subject + ")");
        } catch (MessagingException e) {
            // an unreachable SMTP server is an operations matter: one line, not a stack trace per e-mail
            LOG.warning(() -> "E-mail to " + to + " not sent (" + subject + "): " + e.getMessage());
            LOG.log(Level.FINE, "E-mail failure", e);
        }
    }
}
