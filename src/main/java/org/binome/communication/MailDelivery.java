package org.binome.communication;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's due e-mails over SMTP ({@code spring.mail.*}). A mail server that is down or answers with a
 * temporary error means another attempt later, each wait twice the previous one; an address the server refuses is a
 * permanent failure. Without a configured mail server (the embedded default) e-mails stay in the outbox page. Each
 * e-mail carries the id of its outbox row in {@value #OUTBOX_ID_HEADER}.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    static final int BATCH = 50;

    /** The header naming the outbox row an e-mail was sent from. */
    static final String OUTBOX_ID_HEADER = "X-Binome-Outbox-Id";

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration longestWait;
    private final int maxAttempts;

    MailDelivery(
            Outbox outbox,
            ObjectProvider<JavaMailSender> mailSender,
            Clock clock,
            @Value("${binome.mail.retry.first:PT1M}") Duration firstRetry,
            @Value("${binome.mail.retry.longest:PT6H}") Duration longestWait,
            @Value("${binome.mail.retry.attempts:10}") int maxAttempts) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.clock = clock;
        this.firstRetry = firstRetry;
        this.longestWait = longestWait;
        this.maxAttempts = maxAttempts;
    }

    /** Sends what is due now; returns how many e-mails were tried. */
    int sendDue() {
        return sendDue(clock.instant());
    }

    int sendDue(Instant now) {
        var due = outbox.due(now, BATCH);
        due.forEach(id -> send(id, now));
        return due.size();
    }

    /** The wait before attempt n+1 after n failed attempts: first, 2×first, 4×first… never more than the longest. */
    Duration backOff(int failedAttempts) {
        var factor = 1L << Math.min(20, Math.max(0, failedAttempts - 1));
        var wait = firstRetry.multipliedBy(factor);
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    private void send(long id, Instant now) {
        var mail = outbox.find(id).orElse(null);
        if (mail == null || mail.status() != MailStatus.PENDING) {
            return;
        }
        var sender = mailSender.getIfAvailable();
        if (sender == null) {
            outbox.markSent(id, MailStatus.LOCAL, now);
            return;
        }
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(sender(mail.sender()));
            helper.setTo(new InternetAddress(mail.address(), true));
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            // The outbox row this e-mail comes from: a receiver (or a test) can tell a second copy of one e-mail (a
            // node stopped between the server's acceptance and the row marked sent) from two e-mails.
            message.setHeader(OUTBOX_ID_HEADER, Long.toString(id));
            for (var attachment : outbox.attachments(id)) {
                helper.addAttachment(
                        attachment.name(), new ByteArrayResource(attachment.content()), attachment.contentType());
            }
            sender.send(message);
            outbox.markSent(id, MailStatus.SENT, now);
        } catch (AddressException e) {
            outbox.fail(id, "invalid-address", mail.address() + " (" + e.getMessage() + ")");
        } catch (MailParseException | MailPreparationException e) {
            outbox.fail(id, "rejected", rootMessage(e));
        } catch (MailSendException e) {
            if (refusedAddress(e)) {
                outbox.fail(id, "rejected", rootMessage(e));
            } else {
                retry(mail, now, e);
            }
        } catch (MailException | MessagingException e) {
            retry(mail, now, e);
        }
    }

    /**
     * The configured sender ({@code Binôme <binome@example.org>}) with its display name as an RFC 2047 encoded word:
     * parsed as it is, the name would go out as raw UTF-8 bytes, which mail readers show garbled.
     */
    static InternetAddress sender(String configured) throws AddressException {
        var parsed = new InternetAddress(configured, false);
        var name = parsed.getPersonal();
        if (name == null || name.isBlank()) {
            return parsed;
        }
        try {
            return new InternetAddress(parsed.getAddress(), name, "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private void retry(Outbox.Mail mail, Instant now, Exception e) {
        var attempts = mail.attempts() + 1;
        var error = rootMessage(e);
        if (attempts >= maxAttempts) {
            log.warn("E-mail {} given up after {} attempts: {}", mail.id(), attempts, error);
            outbox.fail(mail.id(), "gave-up", error);
            return;
        }
        var next = now.plus(backOff(attempts));
        log.info("E-mail {} not sent (attempt {}), next attempt at {}: {}", mail.id(), attempts, next, error);
        outbox.retryLater(mail.id(), next, "server", error);
    }

    /** The server refused a recipient for good (5xx on RCPT TO): trying again would not help. */
    private static boolean refusedAddress(MailSendException e) {
        for (var failure : e.getFailedMessages().values()) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof SendFailedException sendFailed
                        && sendFailed.getInvalidAddresses() != null
                        && sendFailed.getInvalidAddresses().length > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        var message = new StringBuilder(String.valueOf(e.getMessage()));
        var cause = e.getCause();
        if (e instanceof MailSendException send
                && cause == null
                && !send.getFailedMessages().isEmpty()) {
            cause = send.getFailedMessages().values().iterator().next();
        }
        while (cause != null && cause != e) {
            message.append(" ← ")
                    .append(cause.getClass().getSimpleName())
                    .append(": ")
                    .append(cause.getMessage());
            e = cause;
            cause = cause.getCause();
        }
        return message.toString();
    }
}
