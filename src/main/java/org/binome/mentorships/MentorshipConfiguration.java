package org.binome.mentorships;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The module's settings. No {@code @EnableScheduling} here: the module has no timer of its own (its reminders run with
 * communication's), and enabling scheduling here switched every job on even with {@code binome.scheduling.enabled=false}
 * — in tests the mail job then sent the outbox at the same time as the test did.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MentorshipSettings.class)
class MentorshipConfiguration {}
