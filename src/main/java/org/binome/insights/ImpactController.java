package org.binome.insights;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.binome.identity.BinomeUser;
import org.binome.people.Bands;
import org.binome.shared.SpreadsheetCsv;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sponsors' (and administrators') home: the impact dashboard of one programme or all of them, filtered by
 * department, site, generation and seniority band, its figures as CSV and XLSX, and the one-page report on screen and
 * as PDF. URL security lets sponsors and administrators in; {@link ImpactReports} limits the programmes.
 */
@Controller
class ImpactController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Departments on the page's map at most, the last one standing for all the others (the exports hold every
     * department).
     */
    static final int MAP_DEPARTMENTS = 12;

    private final ImpactReports reports;
    private final DashboardBodies bodies;
    private final SponsorReport report;
    private final MessageSource messages;
    private final ZoneId zone;

    ImpactController(
            ImpactReports reports, DashboardBodies bodies, SponsorReport report, MessageSource messages, ZoneId zone) {
        this.zone = zone;
        this.bodies = bodies;
        this.reports = reports;
        this.report = report;
        this.messages = messages;
    }

    @GetMapping("/sponsor")
    String dashboard(
            @AuthenticationPrincipal BinomeUser user,
            @RequestParam(required = false) Long programme,
            Filter filter,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response)
            throws Exception {
        var selection = reports.select(user, programme);
        var served = reports.served(selection, filter);
        var dashboard = served.value();
        var surveys = reports.surveys(selection, dashboard.filter());
        var departments = reports.departments();
        var sites = reports.sites();
        model.addAttribute("selection", selection);
        model.addAttribute("surveys", surveys);
        model.addAttribute("d", dashboard);
        model.addAttribute("filter", dashboard.filter());
        // Everything under the page's frame, rendered once for these figures, this selection and this language.
        var key = new DashboardBodies.Key(dashboard, surveys, served.updating(), selection, departments, sites, locale);
        model.addAttribute(
                "body",
                bodies.body(
                        key,
                        () -> bodyModel(
                                selection,
                                programme,
                                dashboard,
                                surveys,
                                served.updating(),
                                departments,
                                sites,
                                locale),
                        request,
                        response));
        return "insights/dashboard";
    }

    /** What the dashboard's body shows: the tiles' figures, the tables, the charts' data and the filter bar. */
    private Map<String, Object> bodyModel(
            ImpactReports.Selection selection,
            Long programme,
            Dashboard dashboard,
            org.binome.feedback.SurveyFigures surveys,
            boolean updating,
            List<String> departments,
            List<String> sites,
            Locale locale) {
        var model = new LinkedHashMap<String, Object>();
        var tables = new FigureTables(messages, locale).of(dashboard, surveys);
        model.put("selection", selection);
        model.put("surveys", surveys);
        model.put("d", dashboard);
        model.put("filter", dashboard.filter());
        var shown = byId(tables);
        var map = new FigureTables(messages, locale).departmentMap(dashboard.links(), MAP_DEPARTMENTS);
        shown.put(map.id(), map);
        model.put("tables", shown);
        model.put(
                "mapFolded",
                dashboard.links().shown() && dashboard.links().departments().size() > MAP_DEPARTMENTS);
        model.put("mapDepartments", MAP_DEPARTMENTS - 1);
        var charts = charts(dashboard, locale);
        if (surveys != null) {
            charts.putAll(surveyCharts(surveys, locale));
        }
        model.put("charts", charts);
        model.put("departments", departments);
        model.put("sites", sites);
        model.put("generations", Bands.GENERATIONS);
        model.put("seniorities", Bands.SENIORITY);
        model.put("query", query(programme, dashboard.filter()));
        model.put("minimumGroup", Anonymity.MINIMUM_GROUP);
        model.put("computedAt", computedAt(dashboard, locale));
        // The last figures computed, newer ones on their way (binome.insights.refresh-after): the page says so.
        model.put("updating", updating);
        return model;
    }

    /** "Figures computed on … at … (zone)", in the installation's time zone ({@code binome.time-zone}), or null. */
    private String computedAt(Dashboard dashboard, Locale locale) {
        if (dashboard.computedAt() == null) {
            return null;
        }
        var at = dashboard.computedAt().atZone(zone);
        return messages.getMessage(
                "insights.computedAt",
                new Object[] {
                    at.format(
                            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)),
                    at.format(DateTimeFormatter.ofPattern("HH:mm", locale)),
                    zone.getId()
                },
                locale);
    }

    @GetMapping("/sponsor/impact.csv")
    void csv(
            @AuthenticationPrincipal BinomeUser user,
            @RequestParam(required = false) Long programme,
            Filter filter,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        var selection = reports.select(user, programme);
        if (nothingLaunched(selection, request, response)) {
            return;
        }
        var tables = tables(selection, filter, locale);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"binome-impact.csv\"");
        try (var printer = SpreadsheetCsv.on(response.getOutputStream())) {
            for (var table : tables) {
                printer.row(table.caption());
                printer.row(table.headers());
                for (var row : table.rows()) {
                    printer.row(row);
                }
                printer.row();
            }
        }
    }

    @GetMapping("/sponsor/impact.xlsx")
    void xlsx(
            @AuthenticationPrincipal BinomeUser user,
            @RequestParam(required = false) Long programme,
            Filter filter,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        var selection = reports.select(user, programme);
        if (nothingLaunched(selection, request, response)) {
            return;
        }
        var tables = tables(selection, filter, locale);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"binome-impact.xlsx\"");
        try (var workbook = new SXSSFWorkbook(100)) {
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (var table : tables) {
                // Sheet names: 31 characters at most, none of []:*?/\ (captions are translated texts).
                var name = table.caption().replaceAll("[\\[\\]:*?/\\\\]", " ");
                var sheet = workbook.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
                int r = 0;
                var header = sheet.createRow(r++);
                for (int c = 0; c < table.headers().size(); c++) {
                    var cell = header.createCell(c);
                    cell.setCellValue(table.headers().get(c));
                    cell.setCellStyle(bold);
                }
                for (var row : table.rows()) {
                    var line = sheet.createRow(r++);
                    for (int c = 0; c < row.size(); c++) {
                        // Written as text cells: a figure such as "< 5" or "=..." is never a formula.
                        line.createCell(c).setCellValue(row.get(c));
                    }
                }
            }
            workbook.write(response.getOutputStream());
            workbook.close();
        }
    }

    @GetMapping("/sponsor/report")
    String report(
            @AuthenticationPrincipal BinomeUser user,
            @RequestParam(required = false) Long programme,
            Locale locale,
            Model model) {
        var selection = reports.select(user, programme);
        if (selection.visible().isEmpty()) {
            return "redirect:/sponsor";
        }
        model.addAttribute("selection", selection);
        model.addAttribute("r", report.of(selection, locale));
        model.addAttribute("query", query(programme, Filter.NONE));
        return "insights/report";
    }

    @GetMapping("/sponsor/report.pdf")
    void pdf(
            @AuthenticationPrincipal BinomeUser user,
            @RequestParam(required = false) Long programme,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        var selection = reports.select(user, programme);
        if (nothingLaunched(selection, request, response)) {
            return;
        }
        var pdf = report.pdf(report.of(selection, locale), locale);
        response.setContentType("application/pdf");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"binome-impact-" + (programme == null ? "all" : programme) + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    /**
     * Before the first programme is launched there is nothing to report or export: the dashboard says so (its buttons
     * are hidden then, so only a kept or typed address lands here), instead of a report of zero programmes.
     */
    private static boolean nothingLaunched(
            ImpactReports.Selection selection, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!selection.visible().isEmpty()) {
            return false;
        }
        response.sendRedirect(request.getContextPath() + "/sponsor");
        return true;
    }

    private List<FigureTables.Table> tables(ImpactReports.Selection selection, Filter filter, Locale locale) {
        var dashboard = reports.dashboard(selection, filter);
        return new FigureTables(messages, locale).of(dashboard, reports.surveys(selection, dashboard.filter()));
    }

    private static Map<String, FigureTables.Table> byId(List<FigureTables.Table> tables) {
        var map = new LinkedHashMap<String, FigureTables.Table>();
        tables.forEach(t -> map.put(t.id(), t));
        return map;
    }

    private static String query(Long programme, Filter filter) {
        var q = (programme == null ? "" : "&programme=" + programme) + filter.query();
        return q.isEmpty() ? "" : "?" + q.substring(1);
    }

    /** Each chart's data as JSON, read by /js/insights.js from a data- attribute (no inline script under the CSP). */
    private Map<String, String> charts(Dashboard d, Locale locale) {
        var charts = new LinkedHashMap<String, String>();
        if (d.participation().shown()) {
            var labels = new ArrayList<String>();
            var eligible = new ArrayList<Long>();
            var applicants = new ArrayList<Long>();
            var accepted = new ArrayList<Long>();
            for (var r : d.participation().roles()) {
                labels.add(t("insights.role." + r.role(), locale));
                eligible.add(r.eligible());
                applicants.add(r.applicants());
                accepted.add(r.accepted());
            }
            charts.put(
                    "participation",
                    json(Map.of(
                            "type",
                            "bar",
                            "labels",
                            labels,
                            "series",
                            List.of(
                                    Map.of("label", t("insights.table.eligible", locale), "data", eligible),
                                    Map.of("label", t("insights.table.applicants", locale), "data", applicants),
                                    Map.of("label", t("insights.table.accepted", locale), "data", accepted)))));
        }
        if (d.engagement().shown() && !d.engagement().endReasons().isEmpty()) {
            var labels = new ArrayList<String>();
            var counts = new ArrayList<Integer>();
            d.engagement().endReasons().forEach((reason, count) -> {
                labels.add(t("insights.endReason." + reason, locale));
                counts.add(count);
            });
            charts.put(
                    "closures",
                    json(Map.of(
                            "type",
                            "hbar",
                            "labels",
                            labels,
                            "series",
                            List.of(Map.of("label", t("insights.table.pairs", locale), "data", counts)))));
        }
        if (d.retention().shown()) {
            charts.put(
                    "retention",
                    json(Map.of(
                            "type",
                            "km",
                            "xLabel",
                            t("insights.table.day", locale),
                            "series",
                            List.of(
                                    Map.of(
                                            "label",
                                            t("insights.retention.participants", locale),
                                            "points",
                                            points(d.retention().participantCurve())),
                                    Map.of(
                                            "label",
                                            t("insights.retention.comparators", locale),
                                            "points",
                                            points(d.retention().comparatorCurve()))))));
        }
        if (d.links().shown()) {
            var shares = new ArrayList<Double>();
            for (var share : List.of(
                    d.links().crossDepartment(),
                    d.links().crossSite(),
                    d.links().crossGeneration())) {
                shares.add(share == null ? 0.0 : Math.round(share * 1000) / 10.0);
            }
            charts.put(
                    "links",
                    json(Map.of(
                            "type",
                            "percent",
                            "labels",
                            List.of(
                                    t("insights.links.departments", locale),
                                    t("insights.links.sites", locale),
                                    t("insights.links.generations", locale)),
                            "series",
                            List.of(Map.of("label", t("insights.links.share", locale), "data", shares)))));
        }
        return charts;
    }

    /** Mentees' levels before and after per DigComp area, and what mentors learned back. */
    private Map<String, String> surveyCharts(org.binome.feedback.SurveyFigures surveys, Locale locale) {
        var charts = new LinkedHashMap<String, String>();
        var shown = surveys.skills().stream().filter(a -> !a.hidden()).toList();
        if (!shown.isEmpty()) {
            var labels = new ArrayList<String>();
            var before = new ArrayList<Double>();
            var after = new ArrayList<Double>();
            for (var area : shown) {
                labels.add(t(area.area().labelKey(), locale));
                before.add(Math.round(area.meanBefore() * 100) / 100.0);
                after.add(Math.round(area.meanAfter() * 100) / 100.0);
            }
            charts.put(
                    "skills",
                    json(Map.of(
                            "type",
                            "levels",
                            "labels",
                            labels,
                            "series",
                            List.of(
                                    Map.of("label", t("insights.table.before", locale), "data", before),
                                    Map.of("label", t("insights.table.after", locale), "data", after)))));
        }
        var learned = surveys.learnedBack();
        if (!learned.hidden() && !learned.topics().isEmpty()) {
            var labels = new ArrayList<String>();
            var shares = new ArrayList<Double>();
            for (var topic : learned.topics()) {
                labels.add(topic.label(locale));
                shares.add(Math.round(topic.percent() * 10) / 10.0);
            }
            charts.put(
                    "learnedBack",
                    json(Map.of(
                            "type",
                            "hpercent",
                            "labels",
                            labels,
                            "series",
                            List.of(Map.of("label", t("insights.table.share", locale), "data", shares)))));
        }
        return charts;
    }

    private static List<List<Number>> points(List<Dashboard.CurvePoint> curve) {
        return curve.stream()
                .map(p -> List.<Number>of(p.day(), Math.round(p.staying() * 1000) / 10.0))
                .toList();
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
