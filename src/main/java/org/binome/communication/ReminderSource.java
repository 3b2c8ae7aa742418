package org.binome.communication;

import java.time.LocalDate;
import java.util.List;

/**
 * Service provider interface: a module that knows about due reminders (sessions tomorrow, logs, objectives, reviews)
 * implements it as a Spring bean. Every morning the reminder job asks each source for the reminders due on that day
 * and sends them; idempotency keys make a repeated run harmless.
 */
public interface ReminderSource {

    List<Reminder> dueReminders(LocalDate today);
}
