package org.binome.communication;

import java.time.YearMonth;
import java.util.List;

/**
 * Service provider interface: the programmes module implements it as a bean to feed the monthly sponsor digest. The
 * digest job e-mails each sponsor one message covering every programme they sponsor.
 */
public interface DigestSource {

    /** Each programme's figures for the month that just ended. */
    List<ProgrammeDigest> digests(YearMonth month);
}
