package org.binome.skills;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.binome.people.SkillHolders;
import org.springframework.stereotype.Component;

/** Lets the directory search by skill without the people module depending on this one. */
@Component
class SkillHoldersAdapter implements SkillHolders {

    private final Skills skills;

    SkillHoldersAdapter(Skills skills) {
        this.skills = skills;
    }

    @Override
    public List<Choice> choices(Locale locale) {
        return skills.allSkills().stream()
                .map(s -> new Choice(s.code(), s.name(locale)))
                .sorted(java.util.Comparator.comparing(Choice::name))
                .toList();
    }

    @Override
    public Set<String> holders(String skillCode) {
        return skills.holdersOf(skillCode);
    }
}
