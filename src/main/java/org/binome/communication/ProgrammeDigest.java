package org.binome.communication;

import java.util.List;

/**
 * One programme's figures for the monthly sponsor digest, returned by a {@link DigestSource}.
 *
 * @param sponsors employee numbers (or usernames) of the programme's sponsors
 * @param link the programme's page inside Binôme, e.g. {@code /programmes/3}, or null
 */
public record ProgrammeDigest(
        long programmeId,
        String programmeName,
        List<String> sponsors,
        long applications,
        long activePairs,
        long sessionsHeld,
        long stalledPairs,
        String link) {

    public ProgrammeDigest {
        sponsors = sponsors == null ? List.of() : List.copyOf(sponsors);
        if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
            throw new IllegalArgumentException("A digest links to a path inside Binôme");
        }
    }
}
