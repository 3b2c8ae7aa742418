package org.binome.mentorships;

import java.util.List;
import org.binome.people.Directory;
import org.binome.people.PersonView;
import org.springframework.stereotype.Component;

/** The members of a pair as the pages name them, from the directory. */
@Component
class MemberNames {

    private final Directory directory;

    MemberNames(Directory directory) {
        this.directory = directory;
    }

    String name(String employeeNumber) {
        return directory.find(employeeNumber).map(PersonView::fullName).orElse(employeeNumber);
    }

    PersonView person(String employeeNumber) {
        return directory.find(employeeNumber).orElse(null);
    }

    List<PartnerView> partners(Mentorship mentorship) {
        return mentorship.members.stream()
                .map(m -> new PartnerView(m.employeeNumber, name(m.employeeNumber), m.memberRole))
                .toList();
    }
}
