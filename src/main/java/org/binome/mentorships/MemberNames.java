package org.binome.mentorships;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.binome.people.Directory;
import org.binome.people.PersonView;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The members of a pair as the pages name them, from the directory. Within a web request, a person read once is kept
 * for the rest of the request, and {@link #preload} reads everyone a page will name with one query: a page names the
 * same few people on every row (members, note authors, who logged a session), never a query per row.
 */
@Component
class MemberNames {

    private static final String KEPT = MemberNames.class.getName() + ".people";

    private final Directory directory;

    MemberNames(Directory directory) {
        this.directory = directory;
    }

    /** Reads these people at once for the rest of the request (nothing outside one). */
    void preload(Collection<String> employeeNumbers) {
        var kept = kept();
        if (kept == null) {
            return;
        }
        var missing = employeeNumbers.stream()
                .filter(n -> n != null && !kept.containsKey(n))
                .distinct()
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        missing.forEach(n -> kept.put(n, Optional.empty()));
        directory.findAll(missing).forEach(p -> kept.put(p.employeeNumber(), Optional.of(p)));
    }

    String name(String employeeNumber) {
        return find(employeeNumber).map(PersonView::fullName).orElse(employeeNumber);
    }

    PersonView person(String employeeNumber) {
        return find(employeeNumber).orElse(null);
    }

    /** The members of each pair, named with one directory query for all of them. */
    Map<Long, List<PartnerView>> partners(Collection<Mentorship> mentorships) {
        preload(mentorships.stream()
                .flatMap(m -> m.members.stream())
                .map(m -> m.employeeNumber)
                .toList());
        var names = new HashMap<String, String>();
        if (kept() == null) {
            directory
                    .findAll(mentorships.stream()
                            .flatMap(m -> m.members.stream())
                            .map(m -> m.employeeNumber)
                            .toList())
                    .forEach(p -> names.put(p.employeeNumber(), p.fullName()));
        }
        var result = new HashMap<Long, List<PartnerView>>();
        for (var m : mentorships) {
            result.put(
                    m.id,
                    m.members.stream()
                            .map(x -> new PartnerView(
                                    x.employeeNumber,
                                    names.containsKey(x.employeeNumber)
                                            ? names.get(x.employeeNumber)
                                            : name(x.employeeNumber),
                                    x.memberRole))
                            .toList());
        }
        return result;
    }

    List<PartnerView> partners(Mentorship mentorship) {
        return partners(List.of(mentorship)).get(mentorship.id);
    }

    private Optional<PersonView> find(String employeeNumber) {
        var kept = kept();
        if (kept == null) {
            return directory.find(employeeNumber);
        }
        return kept.computeIfAbsent(employeeNumber, directory::find);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Optional<PersonView>> kept() {
        var request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        var kept = (Map<String, Optional<PersonView>>) request.getAttribute(KEPT, RequestAttributes.SCOPE_REQUEST);
        if (kept == null) {
            kept = new HashMap<>();
            request.setAttribute(KEPT, kept, RequestAttributes.SCOPE_REQUEST);
        }
        return kept;
    }
}
