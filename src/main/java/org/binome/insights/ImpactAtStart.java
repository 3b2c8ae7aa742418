package org.binome.insights;

import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Reads every record and computes each launched programme's figures without a filter once the application has
 * started, in the background ({@code binome.insights.build-at-start}, on by default), so that the first sponsor after a
 * restart finds them ready instead of paying the full read. A view arriving meanwhile waits for the same read (the
 * records are read under one lock), it does not start a second one.
 */
@Component
class ImpactAtStart {

    private static final Logger log = LoggerFactory.getLogger(ImpactAtStart.class);

    private final ImpactReports reports;
    private final TaskExecutor background;
    private final boolean enabled;
    private final CompletableFuture<Void> built = new CompletableFuture<>();

    ImpactAtStart(
            ImpactReports reports,
            @Qualifier("applicationTaskExecutor") TaskExecutor background,
            @Value("${binome.insights.build-at-start:true}") boolean enabled) {
        this.reports = reports;
        this.background = background;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            built.complete(null);
            return;
        }
        background.execute(this::build);
    }

    private void build() {
        long start = System.nanoTime();
        try {
            int programmes = reports.prepare();
            log.info(
                    "Impact figures of {} programme(s) built at start in {} ms",
                    programmes,
                    (System.nanoTime() - start) / 1_000_000);
            built.complete(null);
        } catch (RuntimeException e) {
            // The first view reads everything itself, as without this.
            log.warn("Impact figures not built at start: {}", e.toString());
            built.completeExceptionally(e);
        }
    }

    /** Done (or failed, or switched off) once the start-up build is over. */
    CompletableFuture<Void> built() {
        return built;
    }
}
