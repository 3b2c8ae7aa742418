package org.binome.communication;

import java.util.Set;

/**
 * Service provider interface: tells who belongs to an audience that communication cannot know by itself
 * (participants, mentors, mentees: the programmes module knows). Implemented as a Spring bean; communication resolves
 * {@link Audience#ALL_EMPLOYEES} and {@link Audience#SPONSORS} itself.
 */
public interface AudienceResolver {

    boolean supports(Audience audience);

    /**
     * The employee numbers (or usernames) of the audience's members.
     *
     * @param programmeId the programme the announcement is about, or null for all programmes
     */
    Set<String> members(Audience audience, Long programmeId);
}
