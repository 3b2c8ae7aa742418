package org.binome.communication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The module's scheduled jobs. Each takes its ShedLock lease first, so with several nodes each run happens once;
 * the daily and monthly jobs also keep the lease a few minutes so a node whose clock is a little late does not run
 * them again. Daily and monthly jobs run at local times of {@code binome.time-zone}, the zone of the clock.
 */
@Component
// Spring Session JDBC switches scheduling on for its own clean-up, so the timers are turned off here, not only by
// leaving @EnableScheduling out: with binome.scheduling.enabled=false these jobs do not exist at all.
@ConditionalOnProperty(name = "binome.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class CommunicationJobs {

    private final MailDelivery delivery;
    private final ReminderRun reminders;
    private final Announcements announcements;
    private final SponsorDigests digests;
    private final Clock clock;

    CommunicationJobs(
            MailDelivery delivery,
            ReminderRun reminders,
            Announcements announcements,
            SponsorDigests digests,
            Clock clock) {
        this.delivery = delivery;
        this.reminders = reminders;
        this.announcements = announcements;
        this.digests = digests;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${binome.mail.poll:PT15S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT10M")
    public void sendMail() {
        delivery.sendDue();
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT20S")
    @SchedulerLock(name = "announcements", lockAtMostFor = "PT10M")
    public void publishAnnouncements() {
        announcements.publishDue(clock.instant());
    }

    @Scheduled(cron = "${binome.reminders.cron:0 0 7 * * *}", zone = "${binome.time-zone}")
    @SchedulerLock(name = "reminders", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    public void sendReminders() {
        reminders.run(LocalDate.now(clock));
    }

    @Scheduled(cron = "${binome.digest.cron:0 0 8 1 * *}", zone = "${binome.time-zone}")
    @SchedulerLock(name = "sponsor-digest", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    public void sendSponsorDigest() {
        digests.send(YearMonth.now(clock).minusMonths(1));
    }
}
