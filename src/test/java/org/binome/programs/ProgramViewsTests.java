package org.binome.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The programmes are kept between views ({@link ProgramViews}): a programme created, edited, published or moved along
 * through the application shows at once on the pages that list them; a change made behind this node's back (another
 * node) shows once the kept list expires, and the administrators' own page of a programme always reads it afresh.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class ProgramViewsTests {

    @Autowired
    Programs programs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aChangeThroughTheApplicationShowsAtOnceOnThePagesThatListProgrammes() throws Exception {
        programs.findAll(); // kept
        var created = TestProgrammes.programme("Vues gardées " + System.nanoTime())
                .purpose("Voir tout de suite")
                .createIn(programs);
        assertThat(programs.findAll()).extracting(ProgramView::name).contains(created.name());

        programs.publish(created.id());
        assertThat(programs.find(created.id()).orElseThrow().published()).isTrue();
        var everyone = TestUsers.person("views-reader", "ML00010", "fr", Role.PARTICIPANT);
        assertThat(page("/programmes", everyone)).contains(created.name());

        programs.update(
                created.id(),
                TestProgrammes.programme(created.name() + " renommé")
                        .purpose("Voir tout de suite")
                        .command(),
                "views-admin");
        assertThat(programs.findAll()).extracting(ProgramView::name).contains(created.name() + " renommé");
        assertThat(page("/programmes", everyone)).contains(created.name() + " renommé");
    }

    @Test
    void aChangeMadeElsewhereShowsOnTheAdministratorsPageAtOnceAndInTheKeptListLater() throws Exception {
        var created = TestProgrammes.programme("Ailleurs " + System.nanoTime()).createIn(programs);
        programs.findAll(); // kept, with the programme
        jdbc.sql("update program set name = :name where id = :id")
                .param("name", created.name() + " (autre nœud)")
                .param("id", created.id())
                .update();

        assertThat(programs.find(created.id()).orElseThrow().name())
                .as("kept for up to %s", ProgramViews.KEPT)
                .isEqualTo(created.name());
        var admin = TestUsers.person("views-admin", "ML00002", "fr", Role.ADMIN);
        assertThat(page("/admin/programmes/" + created.id(), admin)).contains(created.name() + " (autre nœud)");
    }

    private String page(String path, org.binome.identity.BinomeUser who) throws Exception {
        var response = mvc.perform(get(path).with(user(who))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
