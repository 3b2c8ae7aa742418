package org.binome.mentorships;

import java.time.Clock;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Members write and update their shared objectives; two edits of one objective never silently overwrite each other. */
@Component
class ObjectiveEditing {

    /** The objective changed since the editor read it; {@code current} is what is saved now. */
    static class Conflict extends RuntimeException {
        final transient ObjectiveView current;

        Conflict(ObjectiveView current) {
            super("objective changed meanwhile");
            this.current = current;
        }
    }

    private final ObjectiveRepository objectives;
    private final MemberPages reading;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ObjectiveEditing(
            ObjectiveRepository objectives, MemberPages reading, Clock clock, ApplicationEventPublisher events) {
        this.objectives = objectives;
        this.reading = reading;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    Objective add(Mentorship mentorship, ObjectiveForm form, String author) {
        mentorship.requireActive();
        var saved = objectives.save(Objective.write(mentorship.id, form, author, clock.instant()));
        events.publishEvent(new ObjectivesChanged(mentorship.programId, mentorship.id));
        return saved;
    }

    @Transactional
    Objective update(Mentorship mentorship, long objectiveId, ObjectiveForm form, String author) {
        mentorship.requireActive();
        var objective = objective(mentorship, objectiveId);
        if (form.version() == null || !Objects.equals(form.version(), objective.version)) {
            throw new Conflict(reading.objective(objective));
        }
        objective.apply(form, author, clock.instant());
        try {
            return objectives.save(objective);
        } catch (OptimisticLockingFailureException e) {
            throw new Conflict(reading.objective(objective(mentorship, objectiveId)));
        }
    }

    @Transactional
    void delete(Mentorship mentorship, long objectiveId) {
        mentorship.requireActive();
        objectives.delete(objective(mentorship, objectiveId));
        events.publishEvent(new ObjectivesChanged(mentorship.programId, mentorship.id));
    }

    Objective objective(Mentorship mentorship, long objectiveId) {
        return MentorshipAccess.belonging(
                objectives.findById(objectiveId), o -> o.mentorshipId, mentorship, "objective", objectiveId);
    }
}
