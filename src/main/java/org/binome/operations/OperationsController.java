package org.binome.operations;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The operator's page: requests per second, the slowest routes by 95th percentile (over Micrometer's decaying window
 * of about two minutes) with the SQL statements each needs, the e-mail outbox backlog and the scheduled jobs' last
 * runs. Administrators only ({@code /admin/**}).
 */
@Controller
class OperationsController {

    record RouteFigures(
            String method, String uri, long requests, double p95Millis, double meanMillis, double statements) {}

    record Backlog(long pending, long failed, Instant oldestPending) {}

    record Job(String name, Instant lastStarted, Instant lockedUntil, String node) {}

    private final MeterRegistry registry;
    private final RequestFigures figures;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration slowThreshold;

    OperationsController(
            MeterRegistry registry,
            RequestFigures figures,
            JdbcClient jdbc,
            Clock clock,
            @Value("${binome.operations.slow-query-threshold:200ms}") Duration slowThreshold) {
        this.registry = registry;
        this.figures = figures;
        this.jdbc = jdbc;
        this.clock = clock;
        this.slowThreshold = slowThreshold;
    }

    @GetMapping("/admin/operations")
    String page(Model model) {
        model.addAttribute("perSecond", figures.perSecond(clock.millis() / 1000));
        model.addAttribute("routes", routes());
        model.addAttribute("backlog", backlog());
        model.addAttribute("jobs", jobs());
        model.addAttribute("slowThreshold", slowThreshold.toMillis());
        var slow = registry.find("binome.db.slow.statements").counter();
        model.addAttribute("slowStatements", slow == null ? 0 : (long) slow.count());
        return "operations/dashboard";
    }

    /**
     * One line per route: Micrometer keeps a timer per route and status, so counts and times are added up and the
     * route's p95 is the highest of its statuses' (a 95th percentile is 0 once a route has had no call for the last
     * two minutes or so: shown as a dash).
     */
    List<RouteFigures> routes() {
        var byRoute = new java.util.LinkedHashMap<String, List<Timer>>();
        for (var timer : registry.find("http.server.requests").timers()) {
            var uri = timer.getId().getTag("uri");
            if (!isStatic(uri)) {
                byRoute.computeIfAbsent(timer.getId().getTag("method") + " " + uri, k -> new java.util.ArrayList<>())
                        .add(timer);
            }
        }
        return byRoute.values().stream()
                .map(this::figures)
                .filter(r -> r.requests() > 0)
                .sorted(Comparator.comparingDouble((RouteFigures r) -> Double.isNaN(r.p95Millis()) ? -1 : r.p95Millis())
                        .reversed()
                        .thenComparing(
                                Comparator.comparingLong(RouteFigures::requests).reversed()))
                .limit(50)
                .toList();
    }

    private RouteFigures figures(List<Timer> timers) {
        var method = timers.get(0).getId().getTag("method");
        var uri = timers.get(0).getId().getTag("uri");
        long count = 0;
        double total = 0;
        double p95 = 0;
        for (var timer : timers) {
            var snapshot = timer.takeSnapshot();
            count += snapshot.count();
            total += snapshot.total(TimeUnit.MILLISECONDS);
            var value = valueAt(snapshot.percentileValues(), 0.95);
            if (!Double.isNaN(value)) {
                p95 = Math.max(p95, value);
            }
        }
        DistributionSummary statements = registry.find(RequestFigures.STATEMENTS)
                .tag("method", method)
                .tag("uri", uri)
                .summary();
        return new RouteFigures(
                method,
                uri,
                count,
                p95 > 0 ? p95 : Double.NaN,
                count == 0 ? 0 : total / count,
                statements == null ? Double.NaN : statements.mean());
    }

    private static boolean isStatic(String uri) {
        return uri == null
                || uri.startsWith("/webjars")
                || uri.startsWith("/css")
                || uri.startsWith("/js")
                || uri.startsWith("/img")
                || uri.startsWith("/actuator");
    }

    Backlog backlog() {
        return jdbc.sql("""
                        select sum(case when status = 'PENDING' then 1 else 0 end),
                               sum(case when status = 'FAILED' then 1 else 0 end),
                               min(case when status = 'PENDING' then created_at end)
                        from mail_outbox
                        """)
                .query((rs, i) -> new Backlog(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .single();
    }

    List<Job> jobs() {
        return jdbc.sql("select name, locked_at, lock_until, locked_by from shedlock order by locked_at desc")
                .query((rs, i) -> new Job(
                        rs.getString(1),
                        utc(rs.getObject(2, LocalDateTime.class)),
                        utc(rs.getObject(3, LocalDateTime.class)),
                        rs.getString(4)))
                .list();
    }

    /** ShedLock writes the database's UTC time without a zone. */
    private static Instant utc(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }

    /** The value at a percentile Micrometer publishes (management.metrics.distribution.percentiles), else NaN. */
    static double valueAt(ValueAtPercentile[] values, double percentile) {
        return Arrays.stream(values)
                .filter(v -> Math.abs(v.percentile() - percentile) < 1e-9)
                .mapToDouble(v -> v.value(TimeUnit.MILLISECONDS))
                .findFirst()
                .orElse(Double.NaN);
    }
}
