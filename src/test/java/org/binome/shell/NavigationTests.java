package org.binome.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.binome.identity.Accounts;
import org.binome.identity.Role;
import org.binome.support.TestAccounts;
import org.binome.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The header's menu for each role (worked out once per page by {@link Navigation}): each person sees the entries of
 * their roles and no other, and the addresses of the hidden entries are refused to them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class NavigationTests {

    /** Everyone signed in. */
    private static final List<String> EVERYONE =
            List.of("/programmes", "/announcements", "/notifications", "/account", "/privacy/me", "/account/password");

    private static final List<String> PARTICIPANT = List.of(
            "/me",
            "/me/mentorships",
            "/me/applications",
            "/me/skills",
            "/me/training",
            "/me/help",
            "/me/surveys",
            "/me/notifications/preferences");

    private static final List<String> ADMIN = List.of(
            "/admin",
            "/admin/programmes",
            "/admin/mentorships",
            "/admin/surveys",
            "/admin/people",
            "/admin/accounts",
            "/admin/people/import",
            "/admin/skills",
            "/admin/skills/map",
            "/admin/announcements",
            "/admin/outbox",
            "/admin/privacy",
            "/admin/api-tokens",
            "/admin/operations");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void aParticipantSeesTheirEntriesOnlyAndTheOthersAreRefused() throws Exception {
        var client = signedIn(Role.PARTICIPANT);
        var page = client.get("/programmes").body();
        assertThat(links(page, EVERYONE)).isEqualTo(EVERYONE);
        assertThat(links(page, PARTICIPANT)).isEqualTo(PARTICIPANT);
        assertThat(links(page, ADMIN)).isEmpty();
        assertThat(links(page, List.of("/sponsor", "/facilitation", "/facilitation/circles", "/facilitation/help")))
                .isEmpty();
        for (var hidden : List.of("/admin", "/admin/operations", "/sponsor", "/facilitation", "/facilitation/help")) {
            assertThat(client.get(hidden).statusCode()).as(hidden).isEqualTo(403);
        }
    }

    @Test
    void aSponsorSeesTheDashboardButNotTheAdministration() throws Exception {
        var client = signedIn(Role.SPONSOR, Role.PARTICIPANT);
        var page = client.get("/programmes").body();
        assertThat(links(page, List.of("/sponsor"))).containsExactly("/sponsor");
        assertThat(links(page, PARTICIPANT)).isEqualTo(PARTICIPANT);
        assertThat(links(page, ADMIN)).isEmpty();
        assertThat(links(page, List.of("/facilitation", "/facilitation/circles", "/facilitation/help")))
                .isEmpty();
        assertThat(client.get("/admin").statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorSeesTheAdministrationTheDashboardAndHelpRequests() throws Exception {
        var page = signedIn(Role.ADMIN, Role.PARTICIPANT).get("/programmes").body();
        assertThat(links(page, EVERYONE)).isEqualTo(EVERYONE);
        assertThat(links(page, ADMIN)).isEqualTo(ADMIN);
        assertThat(links(page, List.of("/sponsor", "/facilitation/help")))
                .containsExactly("/sponsor", "/facilitation/help");
        assertThat(links(page, List.of("/facilitation", "/facilitation/circles")))
                .isEmpty();
    }

    @Test
    void aFacilitatorSeesTheirCirclesAndHelpRequests() throws Exception {
        var client = signedIn(Role.FACILITATOR, Role.PARTICIPANT);
        var response = client.get("/programmes");
        assertThat(response.statusCode()).isEqualTo(200);
        var page = response.body();
        assertThat(links(page, List.of("/facilitation", "/facilitation/circles", "/facilitation/help")))
                .as(page)
                .containsExactly("/facilitation", "/facilitation/circles", "/facilitation/help");
        assertThat(links(page, ADMIN)).isEmpty();
        assertThat(links(page, List.of("/sponsor"))).isEmpty();
        assertThat(client.get("/sponsor").statusCode()).isEqualTo(403);
    }

    @Test
    void theSignInPageHasNoMenu() throws Exception {
        var page = new WebClient(port).get("/login").body();
        assertThat(links(page, EVERYONE)).isEmpty();
        assertThat(links(page, PARTICIPANT)).isEmpty();
        assertThat(links(page, ADMIN)).isEmpty();
        assertThat(page).doesNotContain("user-name");
    }

    @Test
    void theKeptMenuIsTheSameForTheSameRolesAndLanguageButEachPageShowsItsOwnReader() throws Exception {
        // Roles no other test here combines, in English: the first page renders the menu, the second one reads it kept.
        var ada = signedIn(TestAccounts.account().displayName("Ada Nav").locale("en"), FACILITATOR_SPONSOR);
        var rendered = ada.get("/programmes?lang=en").body();
        var grace = signedIn(TestAccounts.account().displayName("Grace Nav").locale("en"), FACILITATOR_SPONSOR);
        var kept = grace.get("/programmes?lang=en").body();

        assertThat(rendered).contains(">Ada Nav</button>").doesNotContain("Grace Nav");
        assertThat(kept).contains(">Grace Nav</button>").doesNotContain("Ada Nav");
        var entries = List.of("/me", "/sponsor", "/facilitation", "/facilitation/circles", "/facilitation/help");
        assertThat(links(kept, entries)).isEqualTo(links(rendered, entries)).isEqualTo(entries);
        assertThat(links(kept, ADMIN)).isEmpty();
        assertThat(kept).contains(">My space</a>").doesNotContain(">Mon espace</a>");
        // the language switch marks the reader's language
        assertThat(kept).containsPattern("hreflang=\"en\"[^>]*active|active[^>]*hreflang=\"en\"");

        var french = grace.get("/programmes?lang=fr").body();
        assertThat(french)
                .contains(">Mon espace</a>")
                .doesNotContain(">My space</a>")
                .contains(">Grace Nav</button>");

        // a participant after them: their own entries only, under their own name
        var participant =
                signedIn(TestAccounts.account().displayName("Linus Nav").locale("en"), Set.of(Role.PARTICIPANT));
        var page = participant.get("/programmes?lang=en").body();
        assertThat(page).contains(">Linus Nav</button>").doesNotContain("Grace Nav");
        assertThat(links(page, List.of("/sponsor", "/facilitation", "/facilitation/circles", "/facilitation/help")))
                .isEmpty();
    }

    private static final Set<Role> FACILITATOR_SPONSOR = Set.of(Role.FACILITATOR, Role.SPONSOR, Role.PARTICIPANT);

    /** A new account with these roles (the demo's accounts may be changed by other tests of this context). */
    private WebClient signedIn(Role first, Role... more) throws Exception {
        var username =
                TestAccounts.account().roles(first, more).openIn(accounts).username();
        var client = new WebClient(port);
        var response = client.signIn(username, TestAccounts.PASSWORD);
        assertThat(response.statusCode()).as("sign-in of " + username).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse(""))
                .as("sign-in of " + username)
                .doesNotContain("login");
        return client;
    }

    private WebClient signedIn(TestAccounts account, Set<Role> roles) throws Exception {
        var username = account.roles(roles).openIn(accounts).username();
        var client = new WebClient(port);
        assertThat(client.signIn(username, TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }

    /** Which of these addresses the page links to, in the given order. */
    private static List<String> links(String page, List<String> hrefs) {
        return hrefs.stream().filter(h -> page.contains("href=\"" + h + "\"")).toList();
    }
}
