package org.binome.mentorships;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code binome.mentorships.*}: the margin added to a programme's cadence before a pair counts as stalled, the days a
 * new pair has to write its objectives, the domain used in calendar UIDs, and how long the pairs page's programme
 * figures are fresh (they are shown for twice that at most, counted again in the background meanwhile).
 */
@ConfigurationProperties("binome.mentorships")
record MentorshipSettings(
        @DefaultValue("30") int stallMarginDays,
        @DefaultValue("14") int objectivesGraceDays,
        @DefaultValue("binome.local") String calendarDomain,
        @DefaultValue("PT30S") Duration pairFiguresFresh) {}
