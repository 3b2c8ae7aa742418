package org.binome.feedback;

import java.util.List;

/**
 * Anonymous free-text comments usable as quotes ("what I learned", "what I already apply", examples of practices).
 * They are shown only when at least {@code binome.feedback.min-comments} different people (default 10) wrote comments in
 * the scope, in an order unrelated to who wrote them or when.
 *
 * @param comments comments in the scope (0 when hidden); each is a whole answer as its author typed it
 * @param hidden true under the comments threshold (or by complementary suppression); {@code texts} is then empty
 * @param texts the comments, at most 200
 */
public record Quotes(int comments, boolean hidden, List<String> texts) {

    static final Quotes HIDDEN = new Quotes(0, true, List.of());

    public Quotes {
        texts = List.copyOf(texts);
    }
}
