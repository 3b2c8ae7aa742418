package org.binome.identity;

import java.util.List;

/**
 * Service provider interface: the eligible audience of a programme, for inviting it. The programmes module implements
 * it as a bean (identity cannot read programmes: they read accounts).
 */
public interface InvitationSources {

    /** A programme one may invite the audience of. */
    record Source(long id, String name) {}

    List<Source> programmes();

    /** The employee numbers of the people eligible for this programme. */
    List<String> eligible(long programmeId);
}
