package org.binome.feedback;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the default surveys on first start (an empty database included); a survey an administrator changed or
 * switched off is never touched again. Runs first among the start-up runners, before the demo company
 * ({@code demo.DemoCompany}, order 10): the demo's accepted applications send their enrolment survey through the
 * ordinary path, and the finished demo programme's participants answer them. (Installed on "application ready" they
 * came after the demo: its surveys were sent to nobody, or to some, depending on how fast the events ran.)
 */
@Component
@Order(0)
class DefaultSurveyInstaller implements ApplicationRunner {

    private final SurveyStore store;

    DefaultSurveyInstaller(SurveyStore store) {
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
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
