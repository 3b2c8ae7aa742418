package org.binome.training;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.binome.shared.RuleViolation;

/**
 * What makes a circle and its sessions valid, as plain rules (no clock, no database): a name, 4 to 8 members, a
 * session every 2 to 6 weeks, in the future.
 */
final class CircleRules {

    static final int MIN_MEMBERS = 4;
    static final int MAX_MEMBERS = 8;
    static final int MIN_WEEKS = 2;
    static final int MAX_WEEKS = 6;
    static final int SESSION_MINUTES = 120;
    static final int MAX_NAME = 120;
    static final int MAX_RECORD = 20_000;

    private CircleRules() {}

    static String name(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw RuleViolation.invalid("training.circle.name.invalid");
        }
        return name.strip();
    }

    /** The members once each, in the order given, when they are 4 to 8. */
    static List<String> members(List<String> members) {
        var distinct = new ArrayList<>(new LinkedHashSet<>(members));
        if (distinct.size() < MIN_MEMBERS || distinct.size() > MAX_MEMBERS) {
            throw RuleViolation.invalid("training.circle.size", distinct.size());
        }
        return distinct;
    }

    static void cadence(int weeks) {
        if (weeks < MIN_WEEKS || weeks > MAX_WEEKS) {
            throw RuleViolation.invalid("training.session.cadence", MIN_WEEKS, MAX_WEEKS);
        }
    }

    /** A session starts in the future and 2 to 6 weeks after the one before it, if any. */
    static void start(Instant startsAt, Instant now, Optional<Instant> previous) {
        if (startsAt == null || startsAt.isBefore(now)) {
            throw RuleViolation.invalid("training.session.inPast");
        }
        if (previous.isPresent()) {
            var gap = Duration.between(previous.get(), startsAt);
            if (gap.compareTo(Duration.ofDays(7L * MIN_WEEKS)) < 0
                    || gap.compareTo(Duration.ofDays(7L * MAX_WEEKS)) > 0) {
                throw RuleViolation.invalid("training.session.cadence", MIN_WEEKS, MAX_WEEKS);
            }
        }
    }

    static void enoughActive(CircleView circle) {
        if (circle.activeMembers().size() < MIN_MEMBERS) {
            throw RuleViolation.invalid("training.circle.tooFewActive", MIN_MEMBERS);
        }
    }
}
