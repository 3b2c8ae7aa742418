package org.binome.people;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the directory asks of the skills module to search by skill, without depending on it: the skills module
 * implements this interface (people never calls skills directly, so the modules stay free of cycles).
 */
public interface SkillHolders {

    /** A skill to offer in the directory's filter. */
    record Choice(String code, String name) {}

    List<Choice> choices(Locale locale);

    /** Employee numbers of everyone who offers or wants this skill. */
    Set<String> holders(String skillCode);
}
