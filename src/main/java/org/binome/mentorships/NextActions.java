package org.binome.mentorships;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** What a member should do next in a pair: accept, kick off, write objectives, log, rate, plan, answer a review. */
@Component
class NextActions {

    static final String PROPOSALS_PAGE = "/me/proposals";

    private final MemberNames names;
    private final ReviewRepository reviews;

    NextActions(MemberNames names, ReviewRepository reviews) {
        this.names = names;
        this.reviews = reviews;
    }

    List<NextAction> of(PairFacts facts, String reader) {
        return of(facts, reader, reviews.findByMentorshipId(facts.mentorship().id));
    }

    /** The same, with the reviews of the pair already read. */
    List<NextAction> of(PairFacts facts, String reader, List<Review> reviewsOfThePair) {
        var m = facts.mentorship();
        var actions = new ArrayList<NextAction>();
        var with = String.join(
                ", ", m.everyoneBut(reader).stream().map(names::name).toList());
        var page = "/mentorships/" + m.id;
        if (m.status == MentorshipStatus.PROPOSED) {
            // Proposals are answered on the participant's proposals page (matching), not on the pair's page.
            actions.add(new NextAction(NextActionKind.ACCEPT_PROPOSAL, m.id, null, null, with, PROPOSALS_PAGE));
            return actions;
        }
        if (m.status == MentorshipStatus.ACTIVE) {
            var me = m.member(reader).orElse(null);
            if (me != null && !me.kickedOff()) {
                actions.add(new NextAction(NextActionKind.KICK_OFF, m.id, null, null, with, page + "#kickoff"));
            }
            if (facts.objectives().isEmpty()) {
                actions.add(
                        new NextAction(NextActionKind.WRITE_OBJECTIVES, m.id, null, null, with, page + "#objectives"));
            }
            var held = facts.held();
            held.stream()
                    .filter(s -> !s.isLogged())
                    .reduce((a, b) -> b)
                    .ifPresent(s -> actions.add(new NextAction(
                            NextActionKind.LOG_SESSION, m.id, s.id, null, with, page + "/sessions/" + s.id)));
            held.stream()
                    .filter(MentorshipSession::isLogged)
                    .filter(s -> s.member(reader).map(x -> x.rating == null).orElse(false))
                    .reduce((a, b) -> b)
                    .ifPresent(s -> actions.add(new NextAction(
                            NextActionKind.RATE_SESSION, m.id, s.id, null, with, page + "/sessions/" + s.id)));
            if (facts.next() == null) {
                actions.add(new NextAction(NextActionKind.PLAN_SESSION, m.id, null, null, with, page + "#sessions"));
            }
        }
        var answered = reviewsOfThePair.stream()
                .filter(r -> r.author.equals(reader))
                .map(r -> r.kind)
                .toList();
        for (var kind : ReviewKind.values()) {
            if (ReviewPolicy.isOpen(facts.outline(), kind) && !answered.contains(kind)) {
                actions.add(new NextAction(
                        NextActionKind.ANSWER_REVIEW,
                        m.id,
                        null,
                        kind,
                        with,
                        page + "/reviews/" + kind.name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return actions;
    }
}
