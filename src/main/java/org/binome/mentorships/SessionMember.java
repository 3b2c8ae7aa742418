package org.binome.mentorships;

import org.springframework.data.relational.core.mapping.Table;

/** One member's attendance (group sessions) and their own rating of a session. */
@Table("mentorship_session_member")
class SessionMember {

    String employeeNumber;
    Boolean attended;
    Integer rating;

    static SessionMember of(String employeeNumber) {
        var member = new SessionMember();
        member.employeeNumber = employeeNumber;
        return member;
    }
}
