package org.binome.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.binome.identity.Accounts;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.people.Directory;
import org.binome.support.Copy;
import org.binome.support.TestAccounts;
import org.binome.support.TestPeople;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A company without demo data forms its first codevelopment circle (same application as the first administrator's
 * tests): until someone holds the Facilitator role, the circle form says so and where to give it, instead of an empty
 * list to choose from.
 */
@SpringBootTest(properties = "BINOME_ADMIN_PASSWORD=installer-chosen-secret")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CirclesOfARealCompanyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    java.time.Clock clock;

    private long programme() {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into program (name, format, mentor_max_seniority, mentee_min_seniority, status, created_at)"
                        + " values (?, 'PAIRS', 10, 15, 'OPEN', ?)")
                .params("Cercles " + System.nanoTime(), java.sql.Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private Document circlesPage(long programme, String language) throws Exception {
        var response = mvc.perform(get("/admin/programmes/" + programme + "/circles")
                        .with(user(TestUsers.person("admin", null, language, Role.ADMIN)))
                        .cookie(new Cookie("binome-lang", language)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void theCircleFormSaysNobodyHoldsTheFacilitatorRoleYetAndOffersTheFacilitatorOnceNamed() throws Exception {
        var copy = new Copy(messages);
        long programme = programme();
        for (var language : new String[] {"fr", "en"}) {
            var page = circlesPage(programme, language);
            assertThat(page.select("select#facilitator option")).isEmpty();
            var notice = page.selectFirst("#facilitator-none");
            assertThat(notice).isNotNull();
            assertThat(notice.text())
                    .contains(
                            language.equals("fr")
                                    ? copy.fr("training.circles.noFacilitator")
                                    : copy.en("training.circles.noFacilitator"));
            assertThat(notice.select("a").attr("href")).isEqualTo("/admin/accounts");
            assertThat(page.selectFirst("select#facilitator").attr("aria-describedby"))
                    .isEqualTo("facilitator-none");
        }

        var number = "FAC" + Long.toString(System.nanoTime(), 36).toUpperCase();
        TestPeople.person()
                .number(number)
                .named("Solène", "Animatrice")
                .email(number.toLowerCase() + "@example.org")
                .registerIn(directory);
        TestAccounts.account()
                .username(number.toLowerCase() + "@example.org")
                .displayName("Solène Animatrice")
                .email(number.toLowerCase() + "@example.org")
                .employee(number)
                .roles(Role.PARTICIPANT, Role.FACILITATOR)
                .openIn(accounts);

        var named = circlesPage(programme, "fr");
        assertThat(named.select("select#facilitator option").eachAttr("value")).contains(number);
        assertThat(named.selectFirst("#facilitator-none")).isNull();
        assertThat(named.selectFirst("select#facilitator").hasAttr("aria-describedby"))
                .isFalse();
    }
}
