package vn.wtcexpo.identity.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import vn.wtcexpo.identity.model.AccountRepository;
import vn.wtcexpo.identity.model.KnownDevice;
import vn.wtcexpo.identity.model.SignInCounter;
import vn.wtcexpo.identity.model.SignInRecords;
import vn.wtcexpo.notification.application.Outbox;
import vn.wtcexpo.shared.Formats;

/**
 * The writes of the sign-in throttle, each in its own short transaction (the sign-in's outcome must not wait on a
 * counter's lock, nor a counter on the sign-in): counting failures, telling an account's owner, knowing devices.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInFailures {

    private static final Logger LOG = Logger.getLogger(SignInFailures.class.getName());
    private static final String BUNDLE = "vn.wtcexpo.identity.application.internal.notices";

    @Inject
    private SignInRecords records;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Outbox outbox;

    /** Counts one failure on each counter; the account's owner is told when its counter says so. */
    public void count(List<String> keys, String username, String address, Instant now) {
        for (String key : keys) {
            SignInCounter counter = records.lockCounter(key).orElse(null);
            if (counter == null) {
                counter = SignInCounter.start(key, now);
                records.add(counter); // a duplicate key: another server counted its first at the same moment; retried
            }
            if (counter.failed(now) && username != null) {
                tellTheOwner(username, address, counter.failures(), now);
            }
        }
        if (ThreadLocalRandom.current().nextInt(200) == 0) {
            records.pruneBefore(now.minus(Duration.ofDays(1)), now);
        }
    }

    /** After a right password: the pair's failures are forgotten. */
    public void forget(String key) {
        records.forget(key);
    }

    /** A browser that signed in and sent no known cookie: a new one; returns its secret. */
    public String newBrowser(String username, Instant now) {
        KnownDevice.Issued issued = KnownDevice.browser(username, now);
        records.add(issued.device());
        return issued.secret();
    }

    /** An API client signed in from {@code address}: the account's one known API address from now on. */
    public void knownAddress(String username, String address, Instant now) {
        String hash = KnownDevice.addressHash(username, address);
        if (records.knownDevice(hash, username).isEmpty()) {
            records.forgetOtherAddresses(username, hash);
            records.add(KnownDevice.address(username, address, now));
        }
    }

    private void tellTheOwner(String username, String address, int failures, Instant now) {
        String to = accounts.emailOf(username).orElse(null);
        LOG.warning(() -> "Account '" + username + "' under a spread-out guessing attack (" + failures
                + " failures in 15 minutes, the last from " + address + ")" + (to == null ? "; it has no e-mail" : "; owner told"));
        if (to == null) {
            return;
        }
        Object[] args = {username, failures, Formats.dateTime(now, Locale.forLanguageTag("vi")), address};
        Object[] argsEn = {username, failures, Formats.dateTime(now, Locale.ENGLISH), address};
        ResourceBundle vi = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("vi"), SignInFailures.class.getClassLoader());
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, SignInFailures.class.getClassLoader());
        String subject = "[WTC Expo] " + vi.getString("attack.subject") + " / " + en.getString("attack.subject");
        String body = new MessageFormat(vi.getString("attack.body"), Locale.forLanguageTag("vi")).format(args) + "\n\n---\n\n"
                + new MessageFormat(en.getString("attack.body"), Locale.ENGLISH).format(argsEn);
        outbox.enqueue(to, subject, body);
    }
}
