package org.binome.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTests {

    @Test
    void everyCellThatStartsLikeAFormulaIsShownAsText() {
        for (var formula : new String[] {
            "=HYPERLINK(\"http://evil.example\")",
            "+33 6 12",
            "-2+3",
            "@SUM(A1)",
            "\tcmd",
            "\rcmd",
            "\ncmd",
            "＝1+1",
            "＋1",
            "－1",
            "＠SUM(A1)",
            "  =1+1",
            " @x"
        }) {
            assertThat(SpreadsheetCsv.inert(formula)).as(formula).isEqualTo("'" + formula);
        }
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(SpreadsheetCsv.inert("Agnès")).isEqualTo("Agnès");
        assertThat(SpreadsheetCsv.inert("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetCsv.inert("")).isEmpty();
        assertThat(SpreadsheetCsv.inert("   ")).isEqualTo("   ");
        assertThat(SpreadsheetCsv.inert(null)).isNull();
    }

    @Test
    void aFileHasAByteOrderMarkSemicolonsInertTextAndNumbersAsNumbers() {
        var out = new ByteArrayOutputStream();
        try (var csv = SpreadsheetCsv.on(out)) {
            csv.row("Nom", "Solde").row("=cmd|' /C calc'!A0", -5);
        }
        var lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFNom;Solde");
        assertThat(lines[1]).matches("\"?'=cmd\\|' /C calc'!A0\"?;-5");
    }
}
