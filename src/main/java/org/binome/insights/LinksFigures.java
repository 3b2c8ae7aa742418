package org.binome.insights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import org.binome.people.Bands;

/** Links: pairs spanning departments, sites and generations, and pairs per (mentor's, mentee's) department. */
final class LinksFigures {

    private LinksFigures() {}

    static Dashboard.Links of(Selected s) {
        var started = s.startedPairs();
        int dept = 0, site = 0, gen = 0;
        var departments = new TreeSet<String>();
        var cells = new HashMap<String, Integer>();
        for (var p : started) {
            var ds = new HashSet<String>();
            var ss = new HashSet<String>();
            var gs = new HashSet<String>();
            for (var m : Selected.members(p)) {
                var e = s.people.get(m);
                if (e != null) {
                    ds.add(e.department());
                    ss.add(e.site());
                    gs.add(Bands.generation(e.birthYear()));
                }
            }
            dept += ds.size() > 1 ? 1 : 0;
            site += ss.size() > 1 ? 1 : 0;
            gen += gs.size() > 1 ? 1 : 0;
            for (var mentor : p.mentors()) {
                for (var mentee : p.mentees()) {
                    var a = s.people.get(mentor);
                    var b = s.people.get(mentee);
                    if (a != null && b != null) {
                        departments.add(a.department());
                        departments.add(b.department());
                        cells.merge(a.department() + "\n" + b.department(), 1, Integer::sum);
                    }
                }
            }
        }
        var order = List.copyOf(departments);
        var map = new ArrayList<List<Integer>>();
        for (var row : order) {
            var line = new ArrayList<Integer>();
            for (var column : order) {
                line.add(cells.getOrDefault(row + "\n" + column, 0));
            }
            map.add(List.copyOf(line));
        }
        int n = started.size();
        return new Dashboard.Links(
                Anonymity.shows(n, s.whole().startedPairs().size()),
                n,
                n == 0 ? null : (double) dept / n,
                n == 0 ? null : (double) site / n,
                n == 0 ? null : (double) gen / n,
                order,
                List.copyOf(map));
    }
}
