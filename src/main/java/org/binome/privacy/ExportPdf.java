package org.binome.privacy;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A person's export as a readable PDF (A4, OpenPDF, the standard Helvetica font: no font file to ship): the same
 * modules, parts and rows as the HTML page, each row a two-column table of field and value.
 */
@Component
class ExportPdf {

    private static final Color INK = new Color(0x21, 0x25, 0x29);
    private static final Color ACCENT = new Color(0x0b, 0x5c, 0x8c);
    private static final Color MUTED = new Color(0x55, 0x5f, 0x6d);
    private static final Color HEADER = new Color(0xf1, 0xf3, 0xf5);
    private static final Color RULE = new Color(0xc8, 0xcd, 0xd2);
    /** Helvetica's standard encoding: what it cannot draw is replaced, never dropped silently. */
    private static final java.nio.charset.CharsetEncoder WIN_ANSI =
            Charset.forName("windows-1252").newEncoder();

    private final MessageSource messages;

    ExportPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(PersonalDataExports.Export export, Locale locale) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 40, 40, 40, 40);
        var writer = PdfWriter.getInstance(document, out);
        var title = text("privacy.export.title", locale, export.employeeNumber());
        document.addTitle(clean(title));
        document.addCreator("Binôme");
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));

        var titleFont = new Font(Font.HELVETICA, 17, Font.BOLD, INK);
        var moduleFont = new Font(Font.HELVETICA, 13, Font.BOLD, ACCENT);
        var partFont = new Font(Font.HELVETICA, 10.5f, Font.BOLD, INK);
        var keyFont = new Font(Font.HELVETICA, 8.5f, Font.BOLD, INK);
        var valueFont = new Font(Font.HELVETICA, 8.5f, Font.NORMAL, INK);
        var mutedFont = new Font(Font.HELVETICA, 9, Font.ITALIC, MUTED);

        document.add(new Paragraph(clean(title), titleFont));
        document.add(new Paragraph(clean(text("privacy.export.lead", locale, export.producedAt())), mutedFont));
        export.modules().forEach((module, parts) -> {
            var heading = new Paragraph(clean(named("privacy.module.", module, locale)), moduleFont);
            heading.setSpacingBefore(14);
            heading.setSpacingAfter(2);
            document.add(heading);
            for (var part : parts) {
                var name = new Paragraph(clean(named("privacy.part.", part.name(), locale)), partFont);
                name.setSpacingBefore(6);
                name.setSpacingAfter(3);
                document.add(name);
                if (part.rows().isEmpty()) {
                    document.add(new Paragraph(clean(text("privacy.export.none", locale)), mutedFont));
                }
                for (var row : part.rows()) {
                    document.add(table(row, keyFont, valueFont));
                }
            }
        });
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable table(Map<String, Object> row, Font keyFont, Font valueFont) {
        var table = new PdfPTable(new float[] {1, 3});
        table.setWidthPercentage(100);
        table.setSpacingAfter(5);
        table.setSplitLate(false);
        row.forEach((key, value) -> {
            var field = new PdfPCell(new Phrase(clean(key), keyFont));
            field.setBackgroundColor(HEADER);
            field.setBorderColor(RULE);
            field.setPadding(3);
            table.addCell(field);
            var cell = new PdfPCell(new Phrase(clean(value == null ? "" : String.valueOf(value)), valueFont));
            cell.setBorderColor(RULE);
            cell.setPadding(3);
            table.addCell(cell);
        });
        return table;
    }

    private String named(String prefix, String name, Locale locale) {
        return messages.getMessage(prefix + name, null, name, locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Spaces the font lacks become plain spaces; other characters it cannot draw become a question mark. */
    static String clean(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isSpaceChar(c) && c != ' ') {
                out.append(' ');
            } else if (c == '\t' || c == '\n' || c == '\r') {
                out.appendCodePoint(c);
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else if (Character.charCount(c) == 1 && WIN_ANSI.canEncode((char) c)) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }
}
