package org.binome.skills;

/** A catalogue change that breaks a rule; the key names the translated explanation. */
public class SkillCatalogueException extends RuntimeException {

    public SkillCatalogueException(String key) {
        super(key);
    }

    public String key() {
        return getMessage();
    }
}
