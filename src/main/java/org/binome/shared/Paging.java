package org.binome.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one way the administrators' lists are paged (pairs, applications, accounts, the directory): a page, from 0, of
 * 25, 50 or 100 rows, as the list's "rows per page" field asks, 25 unless it asks for more. Whatever a request sends
 * is made safe: a page below 0 is the first, none is beyond {@link #MAX_PAGE}, and {@link #of} takes a size not
 * offered for the default.
 *
 * <p>A list reads {@link #offset()} and {@link #size()} rows, counts its total, and hands the page its {@link Pager}:
 * the links to the pages around it keep every parameter of the request (its filters, its sort, its size), so that no
 * template lists them again.
 */
public record Paging(int page, int size) {

    /** The sizes a list offers, smallest first; the first is the default. */
    public static final List<Integer> SIZES = List.of(25, 50, 100);

    public static final int DEFAULT_SIZE = 25;

    /** The last page anyone may ask for: its offset, even of pages of 100 rows, stays well within an int. */
    public static final int MAX_PAGE = 1_000_000;

    public Paging {
        page = Math.min(Math.max(page, 0), MAX_PAGE);
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least one row, not " + size);
        }
    }

    /** What a request asked for: a size not offered, or none, is the default one. */
    public static Paging of(int page, Integer size) {
        return new Paging(page, size != null && SIZES.contains(size) ? size : DEFAULT_SIZE);
    }

    /** The first row of this page, from 0. */
    public long offset() {
        return (long) page * size;
    }

    /** How many pages {@code total} rows fill: at least one, an empty list's. */
    public int pages(long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** This page, or the last one of {@code total} rows when this one is past it. */
    public Paging within(long total) {
        return new Paging(Math.min(page, pages(total) - 1), size);
    }

    /**
     * The pager of this page of {@code total} rows, its links made from the request's path and parameters with only
     * the page changed; {@code more} when the list knows there are rows beyond {@code total} without counting them
     * (one page more, the last one's number left open).
     */
    public Pager pager(long total, boolean more, HttpServletRequest request) {
        return pager(total, more, request.getRequestURI(), request.getParameterMap());
    }

    /** The same, its links made from a path and the parameters to keep (all but the page). */
    public Pager pager(long total, boolean more, String path, Map<String, String[]> parameters) {
        var pages = pages(total) + (more ? 1 : 0);
        return new Pager(
                page,
                pages,
                size,
                total,
                more,
                link(path, parameters, Math.max(page - 1, 0)),
                link(path, parameters, page + 1));
    }

    private static String link(String path, Map<String, String[]> parameters, int page) {
        var link = UriComponentsBuilder.fromPath(path);
        parameters.forEach((name, values) -> {
            if (!"page".equals(name)) {
                link.queryParam(name, (Object[]) values);
            }
        });
        return link.queryParam("page", page).encode().build().toUriString();
    }

    /**
     * What a list's page shows under its rows ({@code shell/pager.html}): "page 2 of 7" between the links to the
     * previous and next pages, and the sizes its "rows per page" field offers.
     */
    public record Pager(int page, int pages, int size, long total, boolean more, String previous, String next) {

        public boolean first() {
            return page == 0;
        }

        public boolean last() {
            return page + 1 >= pages;
        }

        public List<Integer> sizes() {
            return SIZES;
        }
    }
}
