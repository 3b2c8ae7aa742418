package org.binome.communication;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Asks every {@link ReminderSource} what is due today and notifies; one failing source never stops the others. */
@Component
class ReminderRun {

    private static final Logger log = LoggerFactory.getLogger(ReminderRun.class);

    private final List<ReminderSource> sources;
    private final Notifications notifications;

    ReminderRun(List<ReminderSource> sources, Notifications notifications) {
        this.sources = sources;
        this.notifications = notifications;
    }

    /**
     * Returns how many reminders were handed over (each is sent at most once thanks to its key), a chunk of them at a
     * time ({@link Notifications#notifyMany}).
     */
    int run(LocalDate today) {
        int count = 0;
        for (var source : sources) {
            List<Reminder> due;
            try {
                due = source.dueReminders(today);
            } catch (RuntimeException e) {
                log.error(
                        "Reminder source {} failed; the others still run",
                        source.getClass().getName(),
                        e);
                continue;
            }
            count += notifications.notifyMany(
                    due.stream().map(Reminder::toNotification).toList());
        }
        return count;
    }
}
