package org.binome.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.binome.communication.Notification;
import org.binome.communication.Notifications;
import org.binome.people.Directory;
import org.binome.people.PersonView;
import org.binome.programs.ProgramView;
import org.binome.programs.Programs;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Asks each person of a published proposal to answer it, and tells the others when someone declines, in their language,
 * in the app and by e-mail.
 */
@Component
class ProposalNotifications {

    private final Notifications notifications;
    private final Directory directory;
    private final Programs programs;

    ProposalNotifications(Notifications notifications, Directory directory, Programs programs) {
        this.notifications = notifications;
        this.directory = directory;
        this.programs = programs;
    }

    @ApplicationModuleListener
    void on(ProposalPublished event) {
        var programme = programme(event.programId());
        var everyone = members(event.mentors(), event.mentees());
        for (var person : everyone) {
            notifications.notify(Notification.of(
                            person,
                            "proposal.published",
                            Map.of("programme", programme, "partner", partnersOf(person, everyone)))
                    .withLink("/me/proposals")
                    .withIdempotencyKey("proposal.published:" + event.proposalId()));
        }
    }

    /**
     * Tells the other people of a declined proposal, in their language: only that it was declined and that the
     * programme team will propose someone else, never who declined or why.
     */
    @ApplicationModuleListener
    void on(MatchDeclined event) {
        var programme = programme(event.programId());
        var everyone = members(event.mentors(), event.mentees());
        for (var person : event.others()) {
            notifications.notify(Notification.of(
                            person,
                            "proposal.declined",
                            Map.of("programme", programme, "partner", partnersOf(person, everyone)))
                    .withLink("/me/proposals")
                    .withIdempotencyKey("proposal.declined:" + event.proposalId()));
        }
    }

    private String programme(long programId) {
        return programs.find(programId).map(ProgramView::name).orElse("");
    }

    private static List<String> members(List<String> mentors, List<String> mentees) {
        var everyone = new ArrayList<String>(mentors);
        everyone.addAll(mentees);
        return everyone;
    }

    private String partnersOf(String person, List<String> everyone) {
        return String.join(
                ", ",
                everyone.stream()
                        .filter(other -> !other.equals(person))
                        .map(other ->
                                directory.find(other).map(PersonView::fullName).orElse(other))
                        .toList());
    }
}
