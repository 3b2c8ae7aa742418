package org.binome.communication;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The monthly digest: each sponsor receives one e-mail covering every programme they sponsor, with the figures the
 * {@link DigestSource}s give (applications, active pairs, sessions held, stalled pairs).
 */
@Component
class SponsorDigests {

    private static final Logger log = LoggerFactory.getLogger(SponsorDigests.class);

    private final List<DigestSource> sources;
    private final Postman postman;
    private final Texts texts;

    SponsorDigests(List<DigestSource> sources, Postman postman, Texts texts) {
        this.sources = sources;
        this.postman = postman;
        this.texts = texts;
    }

    /** Sends the digest of {@code month}; returns the number of sponsors written to. */
    int send(YearMonth month) {
        var bySponsor = new LinkedHashMap<String, List<ProgrammeDigest>>();
        for (var source : sources) {
            try {
                for (var digest : source.digests(month)) {
                    digest.sponsors()
                            .forEach(sponsor -> bySponsor
                                    .computeIfAbsent(sponsor, s -> new ArrayList<>())
                                    .add(digest));
                }
            } catch (RuntimeException e) {
                log.error(
                        "Digest source {} failed; the others still count",
                        source.getClass().getName(),
                        e);
            }
        }
        bySponsor.forEach((sponsor, programmes) -> {
            try {
                postman.deliver(letter(sponsor, month, programmes));
            } catch (RuntimeException e) {
                log.error("Digest for {} could not be recorded", sponsor, e);
            }
        });
        return bySponsor.size();
    }

    private Letter letter(String sponsor, YearMonth month, List<ProgrammeDigest> programmes) {
        return new Letter(
                sponsor, "digest.monthly", "digest:" + month, false, true, "/sponsor", List.of(), recipient -> {
                    var locale = recipient.language();
                    var monthName =
                            DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(month);
                    var subject = texts.fill("notification.digest.monthly.subject", Map.of("month", monthName), locale);
                    var rows = programmes.stream()
                            .map(p -> new Row(
                                    p.programmeName(),
                                    p.applications(),
                                    p.activePairs(),
                                    p.sessionsHeld(),
                                    p.stalledPairs(),
                                    postman.absolute(p.link())))
                            .toList();
                    return new Letter.Content(
                            subject, subject, "digest", Map.of("month", monthName, "programmes", rows));
                });
    }

    /** One programme's line in the digest e-mail. */
    record Row(String name, long applications, long activePairs, long sessionsHeld, long stalledPairs, String link) {}
}
