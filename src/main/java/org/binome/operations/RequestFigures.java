package org.binome.operations;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLongArray;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Per request: how many SQL statements it ran ({@code binome.http.statements}, by route), and a count per second
 * over the last minute for the operations page's "requests per second". Static files are left out.
 */
@Component
class RequestFigures extends OncePerRequestFilter {

    static final String STATEMENTS = "binome.http.statements";
    private static final int SECONDS = 60;

    private final MeterRegistry registry;
    /** The one clock, which the operations page also reads its "now" from. */
    private final Clock clock;
    /** Slot (second % 60) holds the count of that second; the second it counts is kept alongside. */
    private final AtomicLongArray counts = new AtomicLongArray(SECONDS);

    private final AtomicLongArray seconds = new AtomicLongArray(SECONDS);

    RequestFigures(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/webjars/")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/img/")
                || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int before = StatementTiming.statementsOfThisThread();
        try {
            chain.doFilter(request, response);
        } finally {
            count(clock.millis() / 1000);
            var route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            DistributionSummary.builder(STATEMENTS)
                    .description("SQL statements run by one request")
                    .tag("method", request.getMethod())
                    .tag("uri", route instanceof String r ? r : "UNKNOWN")
                    .register(registry)
                    .record(StatementTiming.statementsOfThisThread() - before);
        }
    }

    private void count(long second) {
        int slot = (int) (second % SECONDS);
        long seen = seconds.get(slot);
        if (seen != second && seconds.compareAndSet(slot, seen, second)) {
            counts.set(slot, 0);
        }
        counts.incrementAndGet(slot);
    }

    /** Requests per second over the last full minute (the current second left out). */
    double perSecond(long nowSecond) {
        long total = 0;
        for (int i = 0; i < SECONDS; i++) {
            long second = seconds.get(i);
            if (second < nowSecond && second >= nowSecond - SECONDS) {
                total += counts.get(i);
            }
        }
        return total / (double) SECONDS;
    }
}
