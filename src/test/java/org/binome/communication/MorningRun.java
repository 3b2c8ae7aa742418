package org.binome.communication;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationContext;

/**
 * The communication jobs for other modules' tests, run when the test says instead of by their timers (which tests
 * switch off): the morning reminder run of the clock's day, as {@code CommunicationJobs.sendReminders} runs it, and the
 * e-mail outbox's delivery to the configured SMTP server.
 */
public final class MorningRun {

    private final ReminderRun reminders;
    private final MailDelivery delivery;
    private final Clock clock;

    public MorningRun(ApplicationContext context) {
        this.reminders = context.getBean(ReminderRun.class);
        this.delivery = context.getBean(MailDelivery.class);
        this.clock = context.getBean(Clock.class);
    }

    /** The day's reminder run (every {@link ReminderSource} asked what is due today), then the e-mails sent. */
    public int remindAndSend() {
        int reminded = reminders.run(LocalDate.now(clock));
        sendMail();
        return reminded;
    }

    /** Sends the e-mails due now. */
    public int sendMail() {
        return delivery.sendDue();
    }
}
