package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.binome.shared.LocalPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Attacks the running application (its own database, thrown away afterwards) and counts the payloads that did harm,
 * which must be none. The demo's real people act: an administrator, a sponsor, a mentor and her mentee (pair 1),
 * the facilitator of circle 1, and outsiders of the same programme.
 *
 * <ul>
 *   <li>XSS: every text field of every form found by crawling each person's pages gets script payloads; then every
 *       page of everyone and every e-mail prepared is read back: no payload may come out as markup.
 *   <li>SQL injection: probes in every path variable and request parameter of every route.
 *   <li>CSV formulas: formula payloads in every text field and in an HR import, then every CSV export is read: no
 *       cell may start like a formula.
 *   <li>CSRF: every state-changing route, by every person, without its token: refused, nothing changed.
 *   <li>IDOR: every page with an identifier that one person reads, requested by outsiders (and its forms posted).
 *   <li>Open redirects: off-site URLs in every request parameter and in a stored notification link.
 * </ul>
 *
 * <p>Over 400 lines: the six classes of attack share one crawl of every person's pages, the route table and the
 * counting of harm, on one application context thrown away afterwards (starting it per class of attack would triple
 * the suite's time).
 */
@SpringBootTest(properties = "binome.test.suite=attack")
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttackSuiteTests {

    /** Marker in every script payload; it must never reach a page or an e-mail as script. */
    private static final String MARK = "binomeXss";

    /** Each payload carries several vectors, so one submission tests markup, attribute and URL contexts at once. */
    private static final List<String> XSS = List.of(
            "<script>alert('" + MARK + "1')</script>\"><img src=x onerror=alert('" + MARK + "2')>",
            "javascript:alert('" + MARK + "3')",
            "</textarea><svg onload=alert('" + MARK + "4')><a href=\"javascript:alert('" + MARK + "5')\">x</a>"
                    + " [[${'" + MARK + "'+'SSTI'}]] [(${'" + MARK + "'+'SSTI'})]");

    /** In form fields; the HR import carries all of {@link #IMPORTED_FORMULAS}. */
    private static final List<String> FORMULAS = List.of(
            "=HYPERLINK(\"http://evil.example\",\"clic\")",
            "+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "＝1+1");

    private static final List<String> IMPORTED_FORMULAS = List.of(
            "=HYPERLINK(\"http://evil.example\",\"clic\")",
            "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=1+1",
            "＝1+1",
            " =1+1");

    private static final List<String> SQL = List.of(
            "' OR '1'='1' --",
            "1; DROP TABLE person--",
            "' UNION SELECT password_hash FROM user_account--",
            "%' OR 1=1 OR '%'='");

    private static final List<String> OFF_SITE = List.of(
            "https://evil.example/", "//evil.example/", "/\\evil.example/", "https:evil.example", "\\\\evil.example");

    /** Counts per class of attack: payloads (or requests) tried, and how many did harm. */
    private static final Map<String, int[]> TALLY = new TreeMap<>();

    private static final Map<String, BinomeUser> ACTORS = new LinkedHashMap<>();

    static {
        ACTORS.put("admin", TestUsers.person("admin", "ML00020", "fr", Role.ADMIN, Role.PARTICIPANT));
        ACTORS.put("sponsor", TestUsers.person("sponsor", "ML00001", "fr", Role.SPONSOR, Role.PARTICIPANT));
        ACTORS.put("mentor", TestUsers.person("mentor", "ML00022", "fr", Role.PARTICIPANT));
        ACTORS.put("mentore", TestUsers.person("mentore", "ML00008", "en", Role.PARTICIPANT));
        ACTORS.put("animateur", TestUsers.person("animateur", "ML00021", "fr", Role.FACILITATOR, Role.PARTICIPANT));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    /** Pages each person reached by following links from their home, with the forms on them. */
    private static final Map<String, Map<String, Document>> PAGES = new LinkedHashMap<>();

    private static void tally(String attack, int tried, int harmed) {
        var counts = TALLY.computeIfAbsent(attack, a -> new int[2]);
        counts[0] += tried;
        counts[1] += harmed;
        System.out.printf("Attack suite: %s: %d tried, %d harmful%n", attack, tried, harmed);
    }

    private MockHttpServletResponse perform(org.springframework.test.web.servlet.RequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception escaped) {
            var response = new MockHttpServletResponse();
            response.setStatus(500);
            var chain = new StringBuilder();
            for (Throwable t = escaped; t != null && chain.length() < 2000; t = t.getCause()) {
                chain.append(t.getClass().getName())
                        .append(": ")
                        .append(t.getMessage())
                        .append(" / ");
            }
            response.setHeader(ESCAPED, chain.toString().replaceAll("[\\r\\n]", " "));
            return response;
        }
    }

    /** Where {@link #perform} keeps the chain of an exception no handler answered (MockMvc rethrows it). */
    private static final String ESCAPED = "X-Escaped-Exception";

    /** Requests answered with an unhandled error for a reason other than SQL (a probe in a date or number field). */
    private static final Map<String, String> UNHANDLED = new TreeMap<>();

    private static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            return "";
        }
    }

    /** Follows same-site links (GET only) from the person's home, up to a page budget. */
    private Map<String, Document> crawl(BinomeUser actor) {
        var pages = new LinkedHashMap<String, Document>();
        var queue = new ArrayList<String>(List.of("/", "/me", "/admin", "/sponsor", "/facilitation", "/notifications"));
        var seen = new LinkedHashSet<String>(queue);
        for (int i = 0; i < queue.size() && pages.size() < 120; i++) {
            var url = queue.get(i);
            var response = perform(get(url).with(user(actor)).accept("text/html"));
            if (response.getStatus() == 302 && LocalPath.isLocal(response.getRedirectedUrl())) {
                if (seen.add(response.getRedirectedUrl())) {
                    queue.add(response.getRedirectedUrl());
                }
                continue;
            }
            var type = response.getContentType();
            if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            var page = Jsoup.parse(body(response), "http://localhost" + url);
            pages.put(url, page);
            for (var link : page.select("a[href]")) {
                var href = link.attr("href");
                if (LocalPath.isLocal(href)
                        && !href.startsWith("/logout")
                        && !href.contains("/webjars/")
                        && !href.contains("lang=")
                        && seen.add(href.replaceAll("#.*", ""))) {
                    queue.add(href.replaceAll("#.*", ""));
                }
            }
        }
        return pages;
    }

    private List<Element> forms(Map<String, Document> pages) {
        var forms = new ArrayList<Element>();
        var seen = new LinkedHashSet<String>();
        for (var page : pages.values()) {
            for (var form : page.select("form[method=post]")) {
                var action = form.attr("action");
                if (LocalPath.isLocal(action)
                        && !action.startsWith("/logout")
                        && seen.add(action + form.select("[name]").eachAttr("name"))) {
                    forms.add(form);
                }
            }
        }
        return forms;
    }

    /** Posts a form with every text field set to the payload; the other fields keep a plausible value. */
    private MockHttpServletResponse submit(
            Element form, BinomeUser actor, String payload, boolean withToken, List<String> filled) {
        boolean upload = "multipart/form-data".equalsIgnoreCase(form.attr("enctype"));
        org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request = upload
                ? multipart(form.attr("action"))
                        .file(new MockMultipartFile(
                                "file", "x.csv", "text/csv", payload.getBytes(StandardCharsets.UTF_8)))
                : request(HttpMethod.POST, form.attr("action"));
        var radios = new LinkedHashSet<String>();
        for (var field : form.select("input[name], textarea[name], select[name]")) {
            var name = field.attr("name");
            var type = field.attr("type").toLowerCase(Locale.ROOT);
            if (name.equals("_csrf") || type.equals("file") || field.hasAttr("disabled")) {
                continue;
            }
            if (field.tagName().equals("select")) {
                var option = field.selectFirst("option[selected]");
                option = option != null ? option : field.selectFirst("option[value]:not([value=''])");
                if (option != null) {
                    request.param(name, option.attr("value"));
                }
            } else if (type.equals("checkbox")) {
                if (field.hasAttr("checked")) {
                    request.param(name, field.attr("value").isEmpty() ? "on" : field.attr("value"));
                }
            } else if (type.equals("radio")) {
                if (field.hasAttr("checked") || radios.add(name)) {
                    request.param(name, field.attr("value"));
                }
            } else if (type.equals("hidden") || type.equals("number") || type.equals("range")) {
                request.param(name, field.attr("value").isEmpty() ? "1" : field.attr("value"));
            } else if (type.startsWith("date") || type.equals("time") || type.equals("month")) {
                request.param(name, field.attr("value").isEmpty() ? plausible(type) : field.attr("value"));
            } else {
                request.param(name, payload);
                filled.add(form.attr("action") + " " + name);
            }
        }
        request.with(user(actor));
        if (withToken) {
            request.with(csrf());
        }
        return perform(request);
    }

    private static String plausible(String type) {
        var day = java.time.LocalDate.now().plusDays(9);
        return switch (type) {
            case "date" -> day.toString();
            case "time" -> "10:00";
            case "month" -> day.toString().substring(0, 7);
            default -> day + "T10:00";
        };
    }

    /** Where a payload came out as markup: a script, an event handler, a javascript: link, an evaluated template. */
    private static List<String> scriptsOf(Document page) {
        var found = new ArrayList<String>();
        for (var script : page.select("script")) {
            if (script.data().contains(MARK)) {
                found.add("script: " + script.data());
            }
        }
        for (var element : page.getAllElements()) {
            for (var attribute : element.attributes()) {
                var key = attribute.getKey().toLowerCase(Locale.ROOT);
                var value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                if (attribute.getValue().contains(MARK)
                        && (key.startsWith("on")
                                || ((key.equals("href")
                                                || key.equals("src")
                                                || key.equals("action")
                                                || key.equals("formaction"))
                                        && value.startsWith("javascript:")))) {
                    found.add(element.tagName() + " " + key + "=" + attribute.getValue());
                }
            }
        }
        if (page.text().contains(MARK + "SSTI") || page.html().contains(MARK + "SSTI")) {
            found.add("template expression evaluated");
        }
        return found;
    }

    private int tableRows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private Map<String, Integer> census() {
        var counts = new LinkedHashMap<String, Integer>();
        for (var table : List.of(
                "person",
                "user_account",
                "program",
                "program_application",
                "mentorship",
                "mentorship_member",
                "circle",
                "circle_member",
                "skill",
                "training_module")) {
            counts.put(table, tableRows(table));
        }
        return counts;
    }

    @Test
    @Order(1)
    void everyonesPagesAreCrawled() {
        ACTORS.forEach((name, actor) -> PAGES.put(name, crawl(actor)));
        PAGES.forEach((name, pages) -> System.out.printf("Attack suite: %s reaches %d pages%n", name, pages.size()));
        assertThat(PAGES.get("mentor").keySet()).anyMatch(url -> url.startsWith("/mentorships/"));
        assertThat(PAGES.get("admin")).hasSizeGreaterThan(20);
    }

    @Test
    @Order(2)
    void forgedRequestsChangeNothing() {
        var before = census();
        int tried = 0;
        int harmed = 0;
        for (var expectation : Routes.expectations()) {
            if (expectation.method().equals("GET")) {
                continue;
            }
            for (var actor : ACTORS.values()) {
                var response = perform(request(HttpMethod.valueOf(expectation.method()), expectation.url())
                        .with(user(actor)));
                tried++;
                if (response.getStatus() != 403) {
                    harmed++;
                    System.out.printf(
                            "CSRF harm: %s by %s gave %d%n", expectation, actor.getUsername(), response.getStatus());
                }
            }
        }
        for (var entry : PAGES.entrySet()) {
            for (var form : forms(entry.getValue())) {
                var response = submit(form, ACTORS.get(entry.getKey()), "forged", false, new ArrayList<>());
                tried++;
                if (response.getStatus() != 403) {
                    harmed++;
                    System.out.printf(
                            "CSRF harm: form %s by %s gave %d%n",
                            form.attr("action"), entry.getKey(), response.getStatus());
                }
            }
        }
        if (!census().equals(before)) {
            harmed++;
        }
        tally("CSRF (state-changing requests without token)", tried, harmed);
        assertThat(harmed).isZero();
    }

    @Test
    @Order(3)
    void outsidersReadAndChangeNothingByIdentifier() {
        var outsiders = new LinkedHashMap<String, BinomeUser>();
        // A mentor of the same programme in another pair and not in circle 1: a member of none of the owners' objects.
        var otherMentor = jdbc.sql("select employee_number from mentorship_member where mentorship <> 1"
                        + " and member_role = 'MENTOR' and employee_number not in"
                        + " (select employee_number from circle_member where circle_id = 1)"
                        + " and employee_number not in"
                        + " (select employee_number from mentorship_member where mentorship = 1)"
                        + " order by employee_number")
                .query(String.class)
                .list()
                .get(0);
        outsiders.put(
                "participant of another pair",
                TestUsers.person("other." + otherMentor, otherMentor, "fr", Role.PARTICIPANT));
        outsiders.put(
                "another facilitator",
                TestUsers.person("other.facilitator", "ML00030", "fr", Role.FACILITATOR, Role.PARTICIPANT));
        outsiders.put("sponsor", ACTORS.get("sponsor"));
        var memberScoped = List.of(
                "/mentorships/", "/me/circles/", "/facilitation/circles/", "/facilitation/help/", "/me/training/");
        int tried = 0;
        int harmed = 0;
        for (var owner : List.of("mentor", "mentore", "animateur")) {
            for (var entry : PAGES.get(owner).entrySet()) {
                var url = entry.getKey();
                if (memberScoped.stream().noneMatch(url::startsWith) || !url.matches(".*/\\d+.*")) {
                    continue;
                }
                for (var outsider : outsiders.entrySet()) {
                    var response = perform(get(url).with(user(outsider.getValue())));
                    tried++;
                    if (response.getStatus() == 200 && !url.startsWith("/me/training/")) {
                        harmed++;
                        System.out.printf("IDOR harm: %s read %s%n", outsider.getKey(), url);
                    }
                }
                for (var form : entry.getValue().select("form[method=post]")) {
                    if (!LocalPath.isLocal(form.attr("action"))
                            || form.attr("action").startsWith("/logout")) {
                        continue;
                    }
                    for (var outsider : outsiders.values()) {
                        var response = submit(form, outsider, "intrusion", true, new ArrayList<>());
                        tried++;
                        if (response.getStatus() < 400 && !form.attr("action").startsWith("/me/training/")) {
                            harmed++;
                            System.out.printf(
                                    "IDOR harm: %s posted %s (%d)%n",
                                    outsider.getUsername(), form.attr("action"), response.getStatus());
                        }
                    }
                }
            }
        }
        tally("IDOR (identifiers requested by outsiders)", tried, harmed);
        assertThat(tried).isPositive();
        assertThat(harmed).isZero();
    }

    @Test
    @Order(4)
    void injectedSqlNeverRunsNorBreaksARequest() {
        var before = census();
        int tried = 0;
        int harmed = 0;
        for (var mapping : Routes.mappings(context)) {
            if (mapping.pattern().startsWith("/actuator")
                    || mapping.pattern().equals("/logout")
                    || mapping.pattern().equals("/login")) {
                continue;
            }
            var actor = mapping.pattern().startsWith("/facilitation")
                    ? ACTORS.get("animateur")
                    : mapping.pattern().startsWith("/me") || mapping.pattern().startsWith("/mentorships")
                            ? ACTORS.get("mentor")
                            : ACTORS.get("admin");
            var variables = Routes.variables(mapping.pattern());
            var parameters = new LinkedHashSet<String>();
            for (var parameter : mapping.handlerMethod().getMethodParameters()) {
                var requestParam = parameter.getParameterAnnotation(RequestParam.class);
                if (requestParam != null && !requestParam.name().isEmpty()) {
                    parameters.add(requestParam.name());
                } else if (requestParam != null && parameter.getParameterName() != null) {
                    parameters.add(parameter.getParameterName());
                } else if (parameter.getParameterType().isRecord()) {
                    for (var component : parameter.getParameterType().getRecordComponents()) {
                        parameters.add(component.getName());
                    }
                }
            }
            parameters.add("q");
            for (var probe : SQL) {
                for (var variable : variables) {
                    // The probe goes in as a URI variable, encoded once as a browser would.
                    var url = Routes.concrete(
                                    mapping.pattern().replaceAll("\\{\\*?" + variable + "(:[^}]*)?}", "PROBE"))
                            .replace("PROBE", "{probe}");
                    tried++;
                    harmed += sqlHarm(
                            perform(withToken(request(HttpMethod.valueOf(mapping.method()), url, probe), mapping)
                                    .with(user(actor))),
                            mapping,
                            probe);
                }
                for (var parameter : parameters) {
                    var request = withToken(
                                    request(HttpMethod.valueOf(mapping.method()), Routes.concrete(mapping.pattern())),
                                    mapping)
                            .param(parameter, probe)
                            .with(user(actor));
                    tried++;
                    harmed += sqlHarm(perform(request), mapping, probe);
                }
            }
        }
        var after = census();
        for (var table : before.keySet()) {
            if (after.get(table) < before.get(table)) {
                harmed++;
                System.out.printf("SQL harm: rows disappeared from %s%n", table);
            }
        }
        UNHANDLED.forEach((route, error) -> System.out.printf("Unhandled input (not SQL): %s: %s%n", route, error));
        tally("SQL injection (probes in path variables and parameters)", tried, harmed);
        assertThat(harmed).isZero();
    }

    private static MockHttpServletRequestBuilder withToken(
            MockHttpServletRequestBuilder request, Routes.Mapping mapping) {
        return mapping.method().equals("GET") ? request : request.with(csrf());
    }

    private static int sqlHarm(MockHttpServletResponse response, Routes.Mapping mapping, String probe) {
        var text = body(response) + " " + java.util.Objects.toString(response.getHeader(ESCAPED), "");
        boolean leaked = text.contains("{bcrypt}") || text.contains("$2a$");
        boolean sqlError = text.contains("SQLSyntax")
                || text.contains("JdbcSQL")
                || text.contains("syntax error")
                || text.contains("BadSqlGrammar")
                || text.contains("java.sql.")
                || text.contains("DataAccess");
        if (response.getStatus() >= 500 && !sqlError) {
            UNHANDLED.putIfAbsent(mapping.toString(), response.getHeader(ESCAPED));
        }
        if (leaked || sqlError) {
            System.out.printf(
                    "SQL harm: %s with %s gave %d: %s%n",
                    mapping, probe, response.getStatus(), text.substring(Math.max(0, text.length() - 300)));
            return 1;
        }
        return 0;
    }

    @Test
    @Order(5)
    void scriptsInEveryTextFieldComeOutAsTextInPagesAndEmails() throws Exception {
        int tried = 0;
        var stored = new ArrayList<String>();
        for (var payload : XSS) {
            for (var entry : PAGES.entrySet()) {
                for (var form : forms(entry.getValue())) {
                    var filled = new ArrayList<String>();
                    submit(form, ACTORS.get(entry.getKey()), payload, true, filled);
                    tried += filled.size();
                    stored.addAll(filled);
                }
            }
        }
        // e-mails are prepared after commit, in the background: wait until every event is handled
        awaitQuiet(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                        .query(Integer.class)
                        .single()
                == 0);
        int harmed = 0;
        int shown = 0;
        for (var entry : ACTORS.entrySet()) {
            for (var page : crawl(entry.getValue()).entrySet()) {
                var found = scriptsOf(page.getValue());
                if (page.getValue().text().contains(MARK)) {
                    shown++;
                }
                for (var script : found) {
                    harmed++;
                    System.out.printf("XSS harm: %s on %s: %s%n", entry.getKey(), page.getKey(), script);
                }
            }
        }
        var mails = jdbc.sql("select html_body from mail_outbox")
                .query(String.class)
                .list();
        int mailsWithPayload = 0;
        for (var html : mails) {
            if (html.contains(MARK)) {
                mailsWithPayload++;
            }
            for (var script : scriptsOf(Jsoup.parse(html))) {
                harmed++;
                System.out.printf("XSS harm in an e-mail: %s%n", script);
            }
        }
        System.out.printf(
                "Attack suite: %d text fields in %d forms filled, payload shown as text on %d pages and in %d e-mails%n",
                new LinkedHashSet<>(stored).size(),
                PAGES.values().stream().mapToInt(p -> forms(p).size()).sum(),
                shown,
                mailsWithPayload);
        tally("XSS (payloads in text fields, read back in pages and e-mails)", tried, harmed);
        assertThat(shown).as("pages showing a stored payload as text").isPositive();
        assertThat(harmed).isZero();
    }

    @Test
    @Order(6)
    void formulasInEveryTextFieldAndImportStayInertInEveryExport() throws Exception {
        int tried = 0;
        for (var formula : FORMULAS) {
            for (var form : forms(PAGES.get("admin"))) {
                var filled = new ArrayList<String>();
                submit(form, ACTORS.get("admin"), formula, true, filled);
                tried += filled.size();
            }
        }
        // An HR import whose lines carry formulas, some of them invalid, so that its error report repeats them.
        var csv = new StringBuilder("matricule;prénom;nom;e-mail;direction;site;responsable\n");
        int line = 0;
        for (var formula : IMPORTED_FORMULAS) {
            var cell = "\"" + formula.replace("\"", "\"\"") + "\"";
            csv.append("ZZ")
                    .append(line)
                    .append(';')
                    .append(cell)
                    .append(';')
                    .append(cell)
                    .append(';')
                    .append(cell)
                    .append(';')
                    .append(cell)
                    .append(';')
                    .append(cell)
                    .append(";ML00001\n");
            line++;
            tried += 5;
        }
        var upload = perform(multipart("/admin/people/import")
                .file(new MockMultipartFile(
                        "file", "annuaire.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                .with(user(ACTORS.get("admin")))
                .with(csrf()));
        assertThat(upload.getStatus()).isEqualTo(302);
        var importId = upload.getRedirectedUrl().replaceAll(".*/", "");
        perform(request(HttpMethod.POST, "/admin/people/import/" + importId + "/mapping")
                .param("field.EMPLOYEE_NUMBER", "matricule")
                .param("field.FIRST_NAME", "prénom")
                .param("field.LAST_NAME", "nom")
                .param("field.EMAIL", "e-mail")
                .param("field.DEPARTMENT", "direction")
                .param("field.SITE", "site")
                .param("field.MANAGER", "responsable")
                .with(user(ACTORS.get("admin")))
                .with(csrf()));
        // the mapping step starts the import on the task executor: wait until it has checked the lines
        awaitQuiet(() -> !jdbc.sql("select status from import_job where id = ?")
                .param(Long.parseLong(importId))
                .query(String.class)
                .single()
                .matches("VALIDATING|IMPORTING"));

        int harmed = 0;
        int cells = 0;
        int exports = 0;
        for (var mapping : Routes.mappings(context)) {
            if (!mapping.method().equals("GET") || !mapping.pattern().endsWith(".csv")) {
                continue;
            }
            var urls = new ArrayList<String>();
            var base = mapping.pattern().contains("/import/")
                    ? mapping.pattern().replaceAll("\\{[^}]+}", importId)
                    : Routes.concrete(mapping.pattern());
            urls.add(base);
            for (var by : List.of("DEPARTMENT", "GENERATION", "SENIORITY")) {
                urls.add(base + "?by=" + by);
            }
            for (var url : urls) {
                var response = perform(get(url).with(user(ACTORS.get("admin"))));
                if (response.getStatus() != 200) {
                    continue;
                }
                exports++;
                for (var record : CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(';')
                        .get()
                        .parse(new StringReader(body(response).replace("\uFEFF", "")))) {
                    for (var cell : record) {
                        cells++;
                        var start = cell.stripLeading();
                        if (!start.isEmpty()
                                && "=+-@\t\r＝＋－＠".indexOf(start.charAt(0)) >= 0
                                && !cell.startsWith("'")
                                && !start.matches("-?\\d+([.,]\\d+)?")) {
                            harmed++;
                            System.out.printf("CSV harm in %s: %s%n", url, cell);
                        }
                    }
                }
            }
        }
        System.out.printf("Attack suite: %d CSV exports read, %d cells checked%n", exports, cells);
        tally("CSV formulas (payloads in fields and import, read back in exports)", tried, harmed);
        assertThat(exports).isPositive();
        assertThat(harmed).isZero();
    }

    @Test
    @Order(7)
    void noParameterNorStoredLinkSendsAnyoneOffSite() {
        int tried = 0;
        int harmed = 0;
        var names = Set.of("redirect", "next", "url", "returnTo");
        for (var mapping : Routes.mappings(context)) {
            var parameters = new LinkedHashSet<>(names);
            for (var parameter : mapping.handlerMethod().getMethodParameters()) {
                var requestParam = parameter.getParameterAnnotation(RequestParam.class);
                if (requestParam != null) {
                    parameters.add(requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name());
                }
                if (parameter.hasParameterAnnotation(PathVariable.class)) {
                    continue;
                }
            }
            parameters.remove(null);
            for (var parameter : parameters) {
                for (var target : OFF_SITE.subList(0, 2)) {
                    var request = withToken(
                                    request(HttpMethod.valueOf(mapping.method()), Routes.concrete(mapping.pattern())),
                                    mapping)
                            .param(parameter, target)
                            .with(user(ACTORS.get("mentor")));
                    tried++;
                    harmed += offSite(perform(request), mapping.toString());
                }
            }
        }
        // Links stored in notifications, as if written by a bug or straight into the database.
        var mentor = ACTORS.get("mentor");
        for (var target : OFF_SITE) {
            jdbc.sql(
                            "insert into notification (idempotency_key, recipient_username, recipient_employee_number, template,"
                                    + " category, title, body, link, created_at) values (?, 'mentor', 'ML00022', 'other.test',"
                                    + " 'other', 'Lien', 'Lien', ?, current_timestamp)")
                    .params("attack-" + target, target)
                    .update();
            var id = jdbc.sql("select id from notification where idempotency_key = ?")
                    .param("attack-" + target)
                    .query(Long.class)
                    .single();
            tried++;
            harmed += offSite(
                    perform(request(HttpMethod.POST, "/notifications/" + id + "/read")
                            .param("open", "true")
                            .with(user(mentor))
                            .with(csrf())),
                    "stored notification link " + target);
        }
        tally("Open redirects (off-site URLs in parameters and stored links)", tried, harmed);
        assertThat(harmed).isZero();
    }

    private static int offSite(MockHttpServletResponse response, String where) {
        for (var header : List.of("Location", "HX-Redirect", "HX-Location")) {
            var value = response.getHeader(header);
            if (value != null && !LocalPath.isLocal(value) && !value.startsWith("http://localhost/")) {
                System.out.printf("Open redirect harm: %s -> %s%n", where, value);
                return 1;
            }
        }
        return 0;
    }

    @Test
    @Order(8)
    void report() {
        System.out.println("Attack suite — payloads tried per class, and how many did harm:");
        TALLY.forEach(
                (attack, counts) -> System.out.printf("  %-70s %6d tried, %d harmful%n", attack, counts[0], counts[1]));
        assertThat(TALLY.values()).allSatisfy(counts -> assertThat(counts[1]).isZero());
    }

    /**
     * Waits for work the application does in the background (listeners after commit, the import on the task
     * executor). Not Modulith's {@code Scenario}: the stimulus is hundreds of requests across pages, not one
     * publication; Awaitility is what Scenario waits with.
     */
    private static void awaitQuiet(java.util.concurrent.Callable<Boolean> done) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(done);
    }
}
