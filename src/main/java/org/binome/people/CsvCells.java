package org.binome.people;

/** Spreadsheets run cells that start like a formula: every exported cell is made inert text. */
final class CsvCells {

    private CsvCells() {}

    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }
}
