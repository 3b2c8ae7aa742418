package org.binome.communication;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** Announcement bodies: simple formatting and links only; scripts, styles, event handlers and images are dropped. */
final class RichText {

    private static final Safelist ALLOWED = Safelist.basic().addTags("h2", "h3", "h4");

    private RichText() {}

    static String sanitise(String html) {
        var settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", ALLOWED, settings).strip();
    }

    /** The text of sanitised HTML, one paragraph or list item per line, for the plain-text e-mail. */
    static String text(String html) {
        var document = Jsoup.parseBodyFragment(html);
        document.select("br").before("\\n");
        document.select("p, li, h2, h3, h4, blockquote").before("\\n\\n");
        return document.text()
                .replace("\\n", "\n")
                .replaceAll("[ \\t]*\n[ \\t]*", "\n")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }
}
