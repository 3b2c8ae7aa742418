package org.binome.mentorships;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code binome.mentorships.*}: the margin added to a programme's cadence before a pair counts as stalled, the days a
 * new pair has to write its objectives and the domain used in calendar UIDs.
 */
@ConfigurationProperties("binome.mentorships")
record MentorshipSettings(
        @DefaultValue("30") int stallMarginDays,
        @DefaultValue("14") int objectivesGraceDays,
        @DefaultValue("binome.local") String calendarDomain) {}
