package org.parley.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that what a stage produced is consistent with its article: every span inside the text, surfaces equal
 * to the text they point at, sentences in order and not overlapping, tokens inside their sentences. The runner
 * calls it after each stage; every stage test calls it too (Lucene's BaseTokenStreamTestCase habit).
 */
public final class Invariants {
    private Invariants() {
    }

    /** Throws {@link IllegalStateException} listing every broken invariant, or returns the article. */
    public static AnnotatedArticle check(AnnotatedArticle doc) {
        List<String> errors = new ArrayList<>();
        String text = doc.text();
        int lastEnd = 0;
        for (int i = 0; i < doc.sentences().size(); i++) {
            Sentence s = doc.sentences().get(i);
            if (s.index() != i) errors.add("sentence " + i + " has index " + s.index());
            if (s.span().start() < lastEnd) errors.add("sentence " + i + " " + s.span() + " overlaps the one before");
            if (s.span().end() > text.length()) errors.add("sentence " + i + " " + s.span() + " runs past the text");
            if (s.endToken() > doc.tokens().size()) errors.add("sentence " + i + " ends at token " + s.endToken());
            lastEnd = s.span().end();
        }
        for (Token t : doc.tokens()) {
            if (t.span().end() > text.length()) errors.add("token " + t.index() + " " + t.span() + " runs past the text");
            else if (t.sentence() >= doc.sentences().size()
                    || !doc.sentences().get(t.sentence()).span().contains(t.span())) {
                errors.add("token " + t.index() + " '" + t.word() + "' is outside its sentence " + t.sentence());
            }
        }
        for (Mention m : doc.mentions()) surface(errors, text, "mention", m.span(), m.surface());
        for (TimeMention m : doc.times()) surface(errors, text, "time", m.span(), m.surface());
        fail(doc, errors);
        return doc;
    }

    /** Checks an article's analysis: the annotation, and every extracted span against the text. */
    public static ArticleAnalysis check(ArticleAnalysis analysis) {
        check(analysis.annotated());
        List<String> errors = new ArrayList<>();
        String text = analysis.annotated().text();
        for (LocalEntity e : analysis.entities()) {
            for (EntityMention m : e.mentions()) surface(errors, text, "entity " + e.key(), m.span(), m.surface());
        }
        for (Attribution a : analysis.attributions()) {
            surface(errors, text, "attribution", a.content(), a.text());
            for (Span f : a.fragments()) {
                if (!a.content().contains(f)) errors.add("fragment " + f + " outside its attribution " + a.content());
            }
            if (a.speaker() instanceof Speaker.Known k) surface(errors, text, "speaker", k.mention(), k.surface());
            if (a.speaker() instanceof Speaker.Unknown u) u.mention().ifPresent(m -> surface(errors, text, "speaker", m, u.surface()));
            a.via().ifPresent(v -> surface(errors, text, "relayer", v.mention(), v.surface()));
        }
        for (Turn t : analysis.structure().turns()) {
            inside(errors, text, "turn label", t.label());
            inside(errors, text, "turn", t.body());
        }
        for (Stance s : analysis.stances()) {
            surface(errors, text, "holder", s.holder().mention(), s.holder().surface());
            inside(errors, text, "stance evidence", s.evidence());
            s.condition().ifPresent(c -> surface(errors, text, "stance condition", c.span(), c.text()));
        }
        for (Event e : analysis.events()) {
            surface(errors, text, "event trigger", e.trigger(), e.triggerText());
            inside(errors, text, "event evidence", e.evidence());
        }
        fail(analysis.annotated(), errors);
        return analysis;
    }

    private static void surface(List<String> errors, String text, String what, Span span, String surface) {
        if (inside(errors, text, what, span) && !span.of(text).equals(surface)) {
            errors.add(what + " " + span + " says '" + surface + "' but the text there is '" + span.of(text) + "'");
        }
    }

    private static boolean inside(List<String> errors, String text, String what, Span span) {
        if (span.end() > text.length()) {
            errors.add(what + " " + span + " runs past the text (" + text.length() + " chars)");
            return false;
        }
        return true;
    }

    private static void fail(AnnotatedArticle doc, List<String> errors) {
        if (!errors.isEmpty()) {
            throw new IllegalStateException("article " + doc.article().name() + " breaks "
                    + errors.size() + " invariant(s): " + String.join("; ", errors.subList(0, Math.min(10, errors.size()))));
        }
    }
}
