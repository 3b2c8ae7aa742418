package org.binome.skills;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Locale;
import org.binome.shared.SpreadsheetCsv;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The supply/demand map: a heatmap per skill and group, and the same figures as CSV. */
@Controller
class SkillMapController {

    private final Skills skills;
    private final MessageSource messages;

    private final org.binome.privacy.AuditLog audit;

    SkillMapController(Skills skills, MessageSource messages, org.binome.privacy.AuditLog audit) {
        this.audit = audit;
        this.skills = skills;
        this.messages = messages;
    }

    @GetMapping("/admin/skills/map")
    String map(@RequestParam(defaultValue = "DEPARTMENT") String by, Model model, Locale locale) {
        var map = skills.map(dimension(by)).inReadingOrder(locale);
        int max = 1;
        for (var line : map.lines()) {
            for (var cell : line.cells()) {
                max = Math.max(max, cell.total());
            }
        }
        model.addAttribute("map", map);
        model.addAttribute("max", max);
        model.addAttribute("dimensions", SkillMap.Dimension.values());
        return "skills/map";
    }

    @GetMapping("/admin/skills/map.csv")
    void csv(
            @RequestParam(defaultValue = "DEPARTMENT") String by,
            Locale locale,
            HttpServletResponse response,
            java.security.Principal exporter)
            throws IOException {
        var map = skills.map(dimension(by)).inReadingOrder(locale);
        audit.record(
                exporter.getName(),
                "SKILLS_MAP_EXPORTED",
                "skills-map",
                null,
                map.dimension().name());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"skills-map-" + map.dimension().name().toLowerCase(Locale.ROOT) + ".csv\"");
        try (var printer = SpreadsheetCsv.on(response.getOutputStream())) {
            printer.row(
                    text("skills.map.csv.skill", locale),
                    text("skills.map.csv.category", locale),
                    text("skills.map.csv.group", locale),
                    text("skills.map.csv.offered", locale),
                    text("skills.map.csv.wanted", locale),
                    text("skills.map.csv.flag", locale));
            for (var line : map.lines()) {
                var flag = line.demandWithoutSupply()
                        ? text("skills.map.demandWithoutSupply", locale)
                        : line.supplyWithoutDemand() ? text("skills.map.supplyWithoutDemand", locale) : "";
                for (int i = 0; i < map.groups().size(); i++) {
                    var cell = line.cells().get(i);
                    var row = new ArrayList<Object>();
                    row.add(line.skill().name(locale));
                    row.add(text("skills.category." + line.skill().category(), locale));
                    row.add(groupName(map.dimension(), map.groups().get(i), locale));
                    row.add(cell.offered());
                    row.add(cell.wanted());
                    row.add(flag);
                    printer.row(row);
                }
            }
        }
    }

    private String groupName(SkillMap.Dimension dimension, String group, Locale locale) {
        return dimension == SkillMap.Dimension.DEPARTMENT && !Bands.UNKNOWN.equals(group)
                ? group
                : text(org.binome.people.Bands.label(group), locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static SkillMap.Dimension dimension(String by) {
        try {
            return SkillMap.Dimension.valueOf(by);
        } catch (IllegalArgumentException e) {
            return SkillMap.Dimension.DEPARTMENT;
        }
    }
}
