package org.binome.matching;

import java.util.List;
import org.binome.shared.Html;
import org.binome.shared.HtmlRow;
import org.binome.shared.Paging;

/**
 * One row of the administrators' proposals table ({@code matching/admin.html}), written by itself ({@link HtmlRow},
 * {@code bn:rows}): written out in the template, the rows were 30 % of the matching page's CPU (the page without them
 * served 40 % more requests). Its forms keep the page and size the administrator is on.
 *
 * <pre>{@code
 * <tr>
 *   <td><div><span>Mentor</span> <small class="text-body-secondary">Direction</small></div>...</td>
 *   <td><div><span>Mentee</span> <small class="text-body-secondary">Direction</small></div>...
 *       <p class="small text-body-secondary mb-0 mt-1">Explanation</p>...</td>
 *   <td class="fw-semibold">72</td>
 *   <td><details class="component-details" hx-get=".../proposals/7/components" ...>   (the bars read when opened)
 *       <summary>Voir le détail</summary><dl class="component-bars"><dd>Chargement…</dd></dl></details></td>
 *   <td><span class="badge status-badge">Brouillon</span> <span class="badge text-bg-light">Verrouillé</span></td>
 *   <td><div class="d-flex flex-column gap-1"><form .../lock>...</form><form .../remove>...</form></div></td>  (a draft)
 * </tr>
 * }</pre>
 */
record ProposalRow(MatchingPage.Row row, String path, int page, int size) implements HtmlRow {

    /** The page's proposals, their forms posting to the programme's proposals and keeping the pager's page and size. */
    static List<ProposalRow> of(MatchingPage.View view, Paging.Pager pager) {
        var path = "/admin/programmes/" + view.program().id() + "/matching/proposals/";
        return view.proposals().stream()
                .map(row -> new ProposalRow(row, path, pager.page(), pager.size()))
                .toList();
    }

    @Override
    public void write(Html html) {
        var proposal = html.link(path) + row.id();
        html.markup("<tr><td>");
        people(html, row.mentors());
        html.markup("</td><td>");
        people(html, row.mentees());
        for (var explanation : row.explanations()) {
            html.element("p", "small text-body-secondary mb-0 mt-1", explanation);
        }
        html.markup("</td>")
                .element("td", "fw-semibold", row.scoreText())
                .markup("<td><details class=\"component-details\" hx-trigger=\"toggle once\""
                        + " hx-target=\"find .component-bars\" hx-swap=\"outerHTML\"")
                .attribute("hx-get", proposal + "/components")
                .markup(">")
                .element("summary", "small text-nowrap", html.message("matching.proposals.components.show"))
                .markup("<dl class=\"component-bars mb-0 mt-1\">")
                .element("dd", "small text-body-secondary", html.message("matching.proposals.components.loading"))
                .markup("</dl></details></td><td>")
                .element("span", "badge status-badge", row.statusLabel());
        if (row.locked()) {
            html.markup(" ").element("span", "badge text-bg-light", html.message("matching.proposal.locked"));
        }
        html.markup("</td><td>");
        if (row.draft()) {
            html.markup("<div class=\"d-flex flex-column gap-1\">")
                    .postForm(proposal + "/lock")
                    .hiddenField("locked", !row.locked());
            pageAndSize(html);
            button(html, "btn btn-sm btn-outline-secondary", row.lockLabel())
                    .markup("</form>")
                    .postForm(proposal + "/remove", "data-confirm", html.message("matching.proposal.removeConfirm"));
            pageAndSize(html);
            button(html, "btn btn-sm btn-outline-danger", html.message("matching.proposal.remove"))
                    .markup("</form></div>");
        }
        html.markup("</td></tr>\n");
    }

    private static void people(Html html, List<MatchingPage.Person> people) {
        for (var person : people) {
            html.markup("<div>")
                    .element("span", null, person.name())
                    .markup(" ")
                    .element("small", "text-body-secondary", person.department())
                    .markup("</div>");
        }
    }

    private static Html button(Html html, String classes, String label) {
        return html.markup("<button type=\"submit\" class=\"" + classes + "\">")
                .text(label)
                .markup("</button>");
    }

    private Html pageAndSize(Html html) {
        return html.hiddenField("page", page).hiddenField("size", size);
    }
}
