package org.binome.skills;

@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
/** A declaration named a skill that is not in the catalogue. */
public class UnknownSkillException extends RuntimeException {
    private final String skillCode;

    public UnknownSkillException(String skillCode) {
        super("Unknown skill: " + skillCode);
        this.skillCode = skillCode;
    }

    public String skillCode() {
        return skillCode;
    }
}
