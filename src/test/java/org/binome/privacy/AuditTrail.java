package org.binome.privacy;

import java.util.List;

/**
 * The audit log as other modules' tests read it: the entries of one action and whether the chain is intact. The
 * {@link AuditLog} facade lets other modules write only; reading it is this module's own pages' business.
 */
public final class AuditTrail {

    /** One entry, without its chain fields. */
    public record Line(long seq, String actor, String target, String subject, String detail) {}

    private final AuditLog log;

    public AuditTrail(AuditLog log) {
        this.log = log;
    }

    /** The newest entries of this action, at most {@code limit}, newest first; about this person if not null. */
    public List<Line> of(String action, String subject, int limit) {
        return log.search(new AuditLog.Search(null, subject, action, null, null), limit).stream()
                .map(e -> new Line(e.seq(), e.actor(), e.target(), e.subject(), e.detail()))
                .toList();
    }

    /** Whether every entry's hash follows from the previous one. */
    public boolean intact() {
        return log.verify().intact();
    }
}
