package org.binome.shared;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A process of this host, named by its pid and the time it started: what a background job (an HR import, a matching
 * run) records as the process doing it, so that a node coming back after a {@code kill -9} can tell a job whose
 * process is gone from one another process of the same host is still running (two nodes on one machine). The start
 * time tells a reused pid apart: a pid that names a process started at another time is another process.
 *
 * <p>Stored as {@code pid@start-millis} (see {@link #id()}); anything else (a value written before processes were
 * named this way) names a process that cannot be found, so it counts as stopped.
 *
 * <p>A job table records {@code node} (the {@link #hostName() host}) and {@code process} (the {@link #id() id}) of the
 * process running each job; {@link #jobsLeftByStoppedProcesses} is the one start-up check of such a table.
 */
public record LocalProcess(long pid, Instant startedAt) {

    /** Start times read from the system twice may differ by the clock's granularity (ticks of 10 ms on Linux). */
    private static final long SAME_START_MILLIS = 1_000;

    private static final LocalProcess CURRENT = of(ProcessHandle.current());

    private static final String HOST = hostName();

    /** This JVM. */
    public static LocalProcess current() {
        return CURRENT;
    }

    /** A running process as the system describes it (its start time the epoch when the system does not tell it). */
    public static LocalProcess of(ProcessHandle process) {
        return new LocalProcess(process.pid(), process.info().startInstant().orElse(Instant.EPOCH));
    }

    /** The text stored for this process ({@code pid@start-millis}). */
    public String id() {
        return pid + "@" + startedAt.toEpochMilli();
    }

    /** The process a stored id names, if it is in that form. */
    public static Optional<LocalProcess> parse(String id) {
        if (id == null || !id.matches("[0-9]{1,18}@-?[0-9]{1,19}")) {
            return Optional.empty();
        }
        var at = id.indexOf('@');
        try {
            return Optional.of(new LocalProcess(
                    Long.parseLong(id.substring(0, at)), Instant.ofEpochMilli(Long.parseLong(id.substring(at + 1)))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True while this very process runs on this host: its pid is alive and started when this one did. */
    public boolean isAlive() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(LocalProcess::of)
                .filter(found -> startedAt.equals(Instant.EPOCH)
                        || found.startedAt.equals(Instant.EPOCH)
                        || Math.abs(found.startedAt.toEpochMilli() - startedAt.toEpochMilli()) < SAME_START_MILLIS)
                .isPresent();
    }

    /** True when the stored id names a process of this host that still runs (an unreadable id names none). */
    public static boolean isAlive(String id) {
        return parse(id).filter(LocalProcess::isAlive).isPresent();
    }

    /** This host's name as jobs record it ({@code unknown} when the system does not tell it). */
    public static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * The ids of the jobs in {@code table} (columns {@code id}, {@code status}, {@code node}, {@code process}) still in
     * one of {@code running} statuses that no live process will finish: a job of no recorded node, or one of this host
     * whose process is not this one and is gone (or was never recorded). A job of another node, or of another live
     * process of this host (two nodes on one machine), is left alone: several nodes share the database.
     *
     * @param table a table name written in the code, never a user's text
     */
    public static List<Long> jobsLeftByStoppedProcesses(JdbcClient jdbc, String table, Collection<String> running) {
        return jdbc
                .sql("select id, process from " + table + " where status in (:running)"
                        + " and (node is null or (node = :node and (process is null or process <> :process)))")
                .param("running", running)
                .param("node", HOST)
                .param("process", CURRENT.id())
                .query((rs, i) -> rs.getString(2) == null || !isAlive(rs.getString(2)) ? rs.getLong(1) : null)
                .list()
                .stream()
                .filter(Objects::nonNull)
                .toList();
    }
}
