package org.binome.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.binome.mentorships.Mentorships;
import org.binome.mentorships.PairRecord;
import org.binome.people.Directory;
import org.binome.people.EmployeeRecord;
import org.binome.programs.ApplicationRecord;
import org.binome.programs.Programs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The records the figures come from (every programme's applications and pairs, the whole directory), read once and
 * then brought up to date with what changed only: the pairs a mentorships event names (a session planned, logged,
 * moved or cancelled, a pair started or ended), the pairs that appeared or went away (a proposal published or
 * declined), the pairs whose session counts changed with time alone ({@link PairRecord#recountAt()}), the directory
 * after a people event, the applications after a programmes event. So the first view after a change reads a few pairs,
 * not every session.
 *
 * <p>A new day recounts only the pairs whose counts or health change that day ({@link PairRecord#recountAt()}, from
 * {@code PairHealth.changesOn}); other nodes' changes arrive through {@link ImpactChanges}; after {@code
 * binome.insights.cache-for} the directory and the applications are read again (an HR import's other columns come
 * without an event). A programme's settings changed (programs' {@code ProgramChanged}) read its pairs again only if
 * its cadence changed (their health depends on it), and no pair otherwise; programmes added or deleted read
 * the applications again and their pairs only. Everything is read again at the first view and after an event it
 * cannot place ({@code PT0S} reads everything for every view). Such a full read takes each pair's sessions from
 * {@link StoredPairSessions} while they are still true (the rows every node writes after reading sessions), and a
 * cadence change works out its pairs' health from the sessions kept here: neither reads those pairs' sessions again.
 */
@Component
class ImpactRecords {

    /**
     * Every programme's applications and pairs and the whole directory, as of {@code today}, with what they were read
     * as: {@code shape} changes when a pair appears, goes away or changes status, dates, reason or members (not when
     * its sessions change), {@code directory} and {@code applications} when those are read again. Figures that do not
     * depend on sessions (participation, retention, links) are kept under these and survive a session logged, and so
     * is {@code derived} (what the figures work out whatever the filter).
     */
    record Records(
            List<ApplicationRecord> applications,
            List<PairRecord> pairs,
            List<EmployeeRecord> employees,
            Map<String, EmployeeRecord> byNumber,
            LocalDate today,
            long directory,
            long applicationsRead,
            long shape,
            Derived derived) {}

    /** Never the same number twice, so that a kept figure's key never meets another reading. */
    private static final java.util.concurrent.atomic.AtomicLong READINGS = new java.util.concurrent.atomic.AtomicLong();

    private final Programs programs;
    private final Mentorships mentorships;
    private final Directory directory;
    private final Clock clock;
    private final long ttlNanos;
    private final StoredPairSessions stored;

    private final Set<Long> changedPairs = ConcurrentHashMap.newKeySet();
    private final Set<Long> changedProgrammes = ConcurrentHashMap.newKeySet();
    private volatile boolean changedAll;
    private volatile boolean changedDirectory;
    private volatile boolean changedApplications;

    // Kept state, guarded by this.
    private Records current;
    private List<Long> programIds;
    private TreeMap<Long, PairRecord> pairs;
    /** Each programme's cadence as its pairs' health was read with (null: the default cadence). */
    private Map<Long, Integer> cadences;

    private long readAt;
    private long pairsRead;
    private long sessionsRead;

    ImpactRecords(
            Programs programs,
            Mentorships mentorships,
            Directory directory,
            Clock clock,
            @Value("${binome.insights.cache-for:PT5M}") Duration ttl,
            StoredPairSessions stored) {
        this.stored = stored;
        this.programs = programs;
        this.mentorships = mentorships;
        this.directory = directory;
        this.clock = clock;
        this.ttlNanos = ttl.toNanos();
    }

    /** The records of these programmes (every programme, to know who never took part), up to date. */
    synchronized Records of(List<Long> allProgrammes) {
        var today = LocalDate.now(clock);
        long now = System.nanoTime();
        boolean everything = current == null || ttlNanos <= 0 || changedAll;
        if (!everything && now - readAt - ttlNanos > 0) {
            // After binome.insights.cache-for: what may change without an event (an HR import's other columns) is
            // read again; the pairs are listed at every refresh and recounted on their own dates.
            readAt = now;
            changedDirectory = true;
            changedApplications = true;
        }
        if (everything) {
            changedAll = false;
            changedDirectory = false;
            changedApplications = false;
            changedPairs.clear();
            changedProgrammes.clear();
            readAt = now;
            programIds = List.copyOf(allProgrammes);
            // Before the pairs: a cadence changed meanwhile is then seen as a change (the pairs read the newer one).
            cadences = cadences(programIds);
            pairs = new TreeMap<>();
            // The sessions of the pairs kept in insights_pair_sessions and still true are not read again.
            var known = stored.known(clock.instant());
            read(known, () -> mentorships.pairRecords(programIds, known.sessions()))
                    .forEach(p -> pairs.put(p.id(), p));
            var employees = directory.employeeRecords();
            long reading = READINGS.incrementAndGet();
            current = new Records(
                    programs.applicationRecords(programIds),
                    List.copyOf(pairs.values()),
                    employees,
                    ImpactData.byNumber(employees),
                    today,
                    reading,
                    reading,
                    reading,
                    new Derived());
            return current;
        }
        var applications = current.applications();
        var employees = current.employees();
        var byNumber = current.byNumber();
        long directoryRead = current.directory();
        long applicationsRead = current.applicationsRead();
        long shape = current.shape();
        boolean sameDerived = today.equals(current.today());
        if (!allProgrammes.equals(programIds)) {
            // Programmes added or deleted: their pairs appear or go at the refresh below, their applications are read
            // again, their cadences noted; nothing else is read again.
            programIds = List.copyOf(allProgrammes);
            changedApplications = true;
            var before = cadences;
            cadences = new HashMap<>(cadences(programIds));
            before.forEach((id, cadence) -> {
                if (cadences.containsKey(id)) {
                    cadences.put(id, cadence);
                }
            });
        }
        // A new day: the pairs whose counts or health change that day are recounted (their recountAt), no more.
        boolean changed = !today.equals(current.today());
        if (changedApplications) {
            changedApplications = false;
            applications = programs.applicationRecords(programIds);
            applicationsRead = READINGS.incrementAndGet();
            changed = true;
            sameDerived = false;
        }
        if (changedDirectory) {
            changedDirectory = false;
            employees = directory.employeeRecords();
            byNumber = ImpactData.byNumber(employees);
            directoryRead = READINGS.incrementAndGet();
            changed = true;
            sameDerived = false;
        }
        var pairsChanged = refreshPairs();
        if (pairsChanged != Change.NONE) {
            changed = true;
            if (pairsChanged == Change.SHAPE) {
                shape = READINGS.incrementAndGet();
                sameDerived = false;
            }
        }
        if (changed) {
            current = new Records(
                    applications,
                    List.copyOf(pairs.values()),
                    employees,
                    byNumber,
                    today,
                    directoryRead,
                    applicationsRead,
                    shape,
                    sameDerived ? current.derived() : new Derived());
        }
        return current;
    }

    private enum Change {
        NONE,
        SESSIONS,
        SHAPE
    }

    /**
     * Pair records read from mentorships (with the sessions of those in {@code known} as given): counted, and the
     * sessions read kept in {@link StoredPairSessions} for the next full read.
     */
    private List<PairRecord> read(
            StoredPairSessions.Known known, java.util.function.Supplier<List<PairRecord>> reading) {
        var records = reading.get();
        var fresh = records.stream()
                .filter(p -> !known.sessions().containsKey(p.id()))
                .toList();
        pairsRead += records.size();
        sessionsRead += fresh.size();
        stored.keep(known.readAt(), fresh);
        return records;
    }

    /** What a pair is apart from its sessions: what participation, retention and links read. */
    private static List<Object> shape(PairRecord p) {
        return java.util.Arrays.asList(
                p.programId(),
                p.status(),
                p.createdOn(),
                p.startedOn(),
                p.endedOn(),
                p.endReason(),
                p.mentors(),
                p.mentees());
    }

    /** Every programme's cadence now ({@code frequencyDays}: what its pairs' health depends on among its settings). */
    private Map<Long, Integer> cadences(List<Long> ids) {
        var wanted = new HashSet<Long>(ids);
        var map = new HashMap<Long, Integer>();
        programs.findAll().stream()
                .filter(p -> wanted.contains(p.id()))
                .forEach(p -> map.put(p.id(), p.frequencyDays()));
        return map;
    }

    /**
     * The programmes whose cadence changed since their pairs were read: their active pairs' health (stalled, and when
     * it next changes) depends on it; nothing else of a pair depends on a programme's settings, so a change of
     * anything else reads no pair again.
     */
    private Set<Long> recadenced() {
        var changed = new HashSet<Long>(changedProgrammes);
        changedProgrammes.removeAll(changed);
        if (changed.isEmpty()) {
            return Set.of();
        }
        var now = cadences(programIds);
        var programmes = new HashSet<Long>();
        for (var id : changed) {
            if (now.containsKey(id) && !java.util.Objects.equals(now.get(id), cadences.get(id))) {
                programmes.add(id);
                cadences.put(id, now.get(id));
            }
        }
        return programmes;
    }

    /** Reads again the pairs that changed, appeared or went away, and says what changed. */
    private Change refreshPairs() {
        var stale = new HashSet<Long>(changedPairs);
        changedPairs.removeAll(stale);
        // A programme's pairs read by programme (on H2 one scan of the sessions when it holds most pairs), not by id.
        var recadenced = recadenced();
        boolean reshaped = false;
        var instant = clock.instant();
        if (!recadenced.isEmpty()) {
            // Their health under the new cadence, from the sessions kept (not read again while still true).
            var kept = new HashMap<Long, PairRecord.Sessions>();
            for (var p : pairs.values()) {
                if (recadenced.contains(p.programId())
                        && !stale.contains(p.id())
                        && p.sessions().trueAt(instant)) {
                    kept.put(p.id(), p.sessions());
                }
            }
            var known = new StoredPairSessions.Known(stored.databaseNow(), kept);
            for (var p : read(known, () -> mentorships.pairRecords(recadenced, kept))) {
                var before = pairs.put(p.id(), p);
                stale.remove(p.id());
                reshaped |= before == null || !shape(before).equals(shape(p));
            }
        }
        pairs.values().stream()
                .filter(p -> p.recountAt() != null && !p.recountAt().isAfter(instant))
                .forEach(p -> stale.add(p.id()));
        var ids = mentorships.pairIds(programIds);
        var present = new HashSet<Long>(ids);
        boolean gone = pairs.keySet().removeIf(id -> !present.contains(id));
        for (var id : ids) {
            if (!pairs.containsKey(id)) {
                stale.add(id);
            }
        }
        stale.retainAll(present);
        reshaped |= gone;
        if (stale.isEmpty()) {
            return reshaped ? Change.SHAPE : recadenced.isEmpty() ? Change.NONE : Change.SESSIONS;
        }
        var readAt = stored.databaseNow();
        for (var p : read(new StoredPairSessions.Known(readAt, Map.of()), () -> mentorships.pairRecordsOf(stale))) {
            var before = pairs.put(p.id(), p);
            reshaped |= before == null || !shape(before).equals(shape(p));
        }
        return reshaped ? Change.SHAPE : Change.SESSIONS;
    }

    /**
     * Drops everything this node keeps (as a restart does): the next view reads every record again, the sessions of
     * the pairs from {@link StoredPairSessions} where still true.
     */
    void clear() {
        changedAll = true;
    }

    @EventListener
    void on(PayloadApplicationEvent<?> event) {
        var payload = event.getPayload();
        Runnable mark = marker(payload);
        if (mark == null) {
            return;
        }
        mark.run();
        // Read inside the event's transaction, a record could miss what it commits: mark it again once it ends.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    mark.run();
                }
            });
        }
    }

    /** What an event makes stale, or null when it concerns no record. */
    private Runnable marker(Object payload) {
        var change = ImpactChanges.of(payload);
        return change == null ? null : () -> apply(change);
    }

    /** Marks what a change (this node's event, or a row another node wrote) makes stale. */
    void apply(ImpactChanges.Change change) {
        switch (change.kind()) {
            case PAIR -> changedPairs.add(change.id());
            case DIRECTORY -> changedDirectory = true;
            case APPLICATIONS -> changedApplications = true;
            case PROGRAMME -> changedProgrammes.add(change.id());
            case ALL -> changedAll = true;
            // Every refresh lists the pairs' ids; survey figures are not records.
            case PAIRS, SURVEYS -> {}
        }
    }

    /** Pair records read since start (a full read counts every pair): what a change costs. */
    synchronized long pairsRead() {
        return pairsRead;
    }

    /** Pairs whose sessions were read since start (not taken from what was kept): what a change costs in sessions. */
    synchronized long sessionsRead() {
        return sessionsRead;
    }
}
