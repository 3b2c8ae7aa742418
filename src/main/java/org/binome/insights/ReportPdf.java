package org.binome.insights;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * Writes the sponsor's report on one A4 page with OpenPDF and the standard Helvetica font (no font file to ship):
 * French typography applied to every text, and the few characters the font lacks replaced by their closest.
 */
final class ReportPdf {

    private static final Color INK = new Color(0x1f, 0x2a, 0x44);
    private static final Color MUTED = new Color(0x55, 0x5f, 0x6d);
    private static final Color ACCENT = new Color(0x0b, 0x5c, 0x8c);
    private static final Color TILE = new Color(0xee, 0xf4, 0xf9);

    private ReportPdf() {}

    static byte[] write(SponsorReport.Report report, Locale locale) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 42, 42, 40, 40);
        var writer = PdfWriter.getInstance(document, out);
        document.addTitle(text(report.title() + " — " + report.programme(), locale));
        document.addCreator("Binôme");
        document.open();
        writer.getExtraCatalog()
                .put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(locale.toLanguageTag()));

        var title = new Font(Font.HELVETICA, 18, Font.BOLD, INK);
        var heading = new Font(Font.HELVETICA, 11, Font.BOLD, ACCENT);
        var body = new Font(Font.HELVETICA, 9.5f, Font.NORMAL, INK);
        var small = new Font(Font.HELVETICA, 8, Font.NORMAL, MUTED);
        var figure = new Font(Font.HELVETICA, 20, Font.BOLD, ACCENT);
        var label = new Font(Font.HELVETICA, 9, Font.BOLD, INK);

        document.add(new Paragraph(text(report.title(), locale), title));
        var programme = new Paragraph(text(report.programme(), locale), new Font(Font.HELVETICA, 12, Font.BOLD, INK));
        programme.setSpacingBefore(4);
        document.add(programme);
        document.add(new Paragraph(text(report.period(), locale), small));

        if (!report.objectives().isEmpty()) {
            document.add(section(report, locale, "objectives", heading));
            for (var objective : report.objectives()) {
                var item = new Paragraph(text("•  " + objective, locale), body);
                item.setIndentationLeft(8);
                document.add(item);
            }
        }

        var tiles = new PdfPTable(4);
        tiles.setWidthPercentage(100);
        tiles.setSpacingBefore(12);
        for (var tile : report.tiles()) {
            var cell = new PdfPCell();
            cell.setBackgroundColor(TILE);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(8);
            cell.addElement(new Paragraph(text(tile.value(), locale), figure));
            cell.addElement(new Paragraph(text(tile.label(), locale), label));
            var detail = new Paragraph(text(tile.detail(), locale), small);
            detail.setSpacingBefore(2);
            cell.addElement(detail);
            tiles.addCell(cell);
        }
        document.add(tiles);

        document.add(section(report, locale, "chain", heading));
        var chain = new PdfPTable(new float[] {1.1f, 4f});
        chain.setWidthPercentage(100);
        for (var link : report.chain()) {
            var level = new PdfPCell(new Phrase(text(link.level(), locale), label));
            level.setBorder(Rectangle.BOTTOM);
            level.setBorderColor(TILE);
            level.setPadding(5);
            chain.addCell(level);
            var what = new PdfPCell(new Phrase(text(link.text(), locale), body));
            what.setBorder(Rectangle.BOTTOM);
            what.setBorderColor(TILE);
            what.setPadding(5);
            chain.addCell(what);
        }
        document.add(chain);

        if (!report.quotes().isEmpty()) {
            document.add(section(report, locale, "quotes", heading));
            for (var quote : report.quotes()) {
                var q = new Paragraph(
                        text("« " + quote + " »", locale), new Font(Font.HELVETICA, 9.5f, Font.ITALIC, INK));
                q.setIndentationLeft(8);
                q.setSpacingAfter(3);
                document.add(q);
            }
        }

        document.add(section(report, locale, "caveats", heading));
        for (var caveat : report.caveats()) {
            var item = new Paragraph(text("•  " + caveat, locale), small);
            item.setIndentationLeft(8);
            item.setSpacingAfter(2);
            document.add(item);
        }
        var footer = new Paragraph(text(report.generatedOn(), locale) + "  ·  Binôme", small);
        footer.setAlignment(Element.ALIGN_RIGHT);
        footer.setSpacingBefore(10);
        document.add(footer);
        document.close();
        return out.toByteArray();
    }

    private static Paragraph section(SponsorReport.Report report, Locale locale, String key, Font font) {
        var p = new Paragraph(new Chunk(text(report.headings().get(key), locale), font));
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        return p;
    }

    /** French typography, and what Helvetica (Windows-1252) lacks: the minus sign and narrow spaces. */
    static String text(String s, Locale locale) {
        return Formats.typography(s, locale).replace('\u2212', '-').replace('\u2009', ' ');
    }
}
