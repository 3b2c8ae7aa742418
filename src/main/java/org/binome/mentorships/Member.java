package org.binome.mentorships;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** A person in a mentorship, with their side and their own kick-off answers. */
@Table("mentorship_member")
class Member {

    String employeeNumber;
    MemberRole memberRole;
    Integer charterVersion;
    Instant charterAcceptedAt;
    String expectations;

    static Member of(String employeeNumber, MemberRole role) {
        var member = new Member();
        member.employeeNumber = employeeNumber;
        member.memberRole = role;
        return member;
    }

    boolean kickedOff() {
        return charterAcceptedAt != null;
    }
}
