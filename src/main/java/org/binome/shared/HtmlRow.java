package org.binome.shared;

/**
 * One row of a long table that writes its own markup; a template writes a list of them with {@code bn:rows} on the
 * table's {@code <tbody>} ({@link BinomeDialect}).
 *
 * <p>For the administrators' long tables only (the pairs, the matching proposals): written out in the template, each
 * cell of each row is an element the engine handles and one or more expressions it evaluates, and measured on those
 * pages the rows were 40 % of the pairs page's CPU and 30 % of the matching page's (the same page without its rows,
 * CPU per request under {@code wrk}). A row written here costs a few string appends a cell. Every other page keeps its
 * markup in its template; a row writes through {@link Html}, which escapes every value as {@code th:text} and
 * {@code th:attr} do and gives the page's messages and links.
 */
public interface HtmlRow {

    /** Appends this row's markup, a {@code <tr>} and its cells. */
    void write(Html html);
}
