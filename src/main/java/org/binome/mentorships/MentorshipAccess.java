package org.binome.mentorships;

import java.util.Optional;
import java.util.function.ToLongFunction;
import org.binome.identity.BinomeUser;
import org.binome.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Object-level access to a pair's pages: only its members. Every refusal is logged (who, which ids, which path) —
 * never any content.
 */
@Component
class MentorshipAccess {

    private static final Logger log = LoggerFactory.getLogger(MentorshipAccess.class);

    private final PairLoading pairs;

    MentorshipAccess(PairLoading pairs) {
        this.pairs = pairs;
    }

    /** The mentorship, if the signed-in person is one of its members; 404 if it does not exist, 403 otherwise. */
    Mentorship memberOf(long mentorshipId, BinomeUser user) {
        var mentorship =
                pairs.byId(mentorshipId).orElseThrow(() -> RuleViolation.notFound("mentorships.error.notFound"));
        if (user == null || !mentorship.isMember(user.employeeNumber())) {
            refused("mentorship " + mentorshipId);
            throw RuleViolation.forbidden("mentorships.error.forbidden");
        }
        return mentorship;
    }

    /** An item of a pair (session, objective, note) reached through that pair's URL only. */
    static <T> T belonging(Optional<T> item, ToLongFunction<T> owner, Mentorship mentorship, String what, long id) {
        var found = item.orElseThrow(() -> RuleViolation.notFound("mentorships.error.notFound"));
        if (owner.applyAsLong(found) != mentorship.id) {
            refused(what + " " + id + " of another pair, through mentorship " + mentorship.id);
            throw RuleViolation.forbidden("mentorships.error.forbidden");
        }
        return found;
    }

    static void refused(String target) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var who = authentication == null ? "nobody" : authentication.getName();
        var path = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getMethod() + " "
                        + attributes.getRequest().getRequestURI()
                : "-";
        log.warn("Access refused: {} asked for {} ({})", who, target, path);
    }
}
