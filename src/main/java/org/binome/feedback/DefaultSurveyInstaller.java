package org.binome.feedback;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the default surveys on first start (an empty database included); a survey an administrator changed or
 * switched off is never touched again. Runs before the demo data, which answers them.
 */
@Component
class DefaultSurveyInstaller {

    private final SurveyStore store;

    DefaultSurveyInstaller(SurveyStore store) {
        this.store = store;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void onStart() {
        install();
    }

    synchronized void install() {
        for (var draft : DefaultSurveys.all()) {
            if (!store.exists(draft.code())) {
                try {
                    store.create(draft, true);
                } catch (org.springframework.dao.DuplicateKeyException anotherNodeWasFirst) {
                    // another node created it at the same moment: nothing to do
                }
            }
        }
    }
}
