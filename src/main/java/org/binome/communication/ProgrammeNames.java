package org.binome.communication;

import java.util.Map;

/**
 * Service provider interface: the programmes an announcement may be about, by name, so that administrators choose one
 * from a list and readers see its name (the programmes module knows them). Implemented as a Spring bean; without one,
 * announcements are for all programmes.
 */
public interface ProgrammeNames {

    /** Every programme, its id to its name, in the order an administrator chooses from. */
    Map<Long, String> all();
}
