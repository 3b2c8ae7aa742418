package org.binome.programs;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.binome.shared.KeptReads;
import org.springframework.stereotype.Component;

/**
 * Every programme's view, read once and kept: the home page, the programmes page and the administrators' pages list
 * the programmes on every view, and Spring Data JDBC reads each programme's FAQ with a query of its own, so an
 * uncached list costs one statement per programme. A change made through {@link ProgramEditing} drops the list at
 * once on the node that made it (and again when its transaction ends, so that a view reading in between does not
 * keep the old state); a change made on another node shows within {@link #KEPT}. A programme the list does not hold
 * yet (created on another node a moment ago) is read from the database. Kept by {@link KeptReads}, as the pairs
 * page's figures are.
 */
@Component
class ProgramViews {

    /** How long the list is kept without a change through this node. */
    static final Duration KEPT = Duration.ofSeconds(30);

    private record Kept(List<ProgramView> all, Map<Long, ProgramView> byId) {}

    private final ProgramRepository programs;

    private final KeptReads<Boolean, Kept> kept = new KeptReads<>(KEPT);

    ProgramViews(ProgramRepository programs) {
        this.programs = programs;
    }

    /** Every programme, newest first. */
    List<ProgramView> all() {
        return current().all();
    }

    /** One programme: the kept view, or the database's when the list does not hold it. */
    Optional<ProgramView> find(long id) {
        var view = current().byId().get(id);
        return view != null ? Optional.of(view) : programs.findById(id).map(Program::view);
    }

    private Kept current() {
        return kept.get(Boolean.TRUE, () -> {
            var all = programs.findAllByOrderByIdDesc().stream()
                    .map(Program::view)
                    .toList();
            var byId = new LinkedHashMap<Long, ProgramView>();
            all.forEach(view -> byId.put(view.id(), view));
            return new Kept(all, Map.copyOf(byId));
        });
    }

    /** A programme was created or changed: the list is dropped now and once the change's transaction has ended. */
    void changed() {
        kept.changed();
    }
}
