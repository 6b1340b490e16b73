package org.parley.extract.stance;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.extract.issue.IssueMatcher;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Issue;
import org.parley.model.Sentence;
import org.parley.testkit.Docs;

class DebugPrintTest {
    @Test
    void print() {
        String text = System.getProperty("dbg.text", "NATO leaders affirmed Ukraine's path towards membership at a summit in July.");
        String[] ents = System.getProperty("dbg.ents", "ORGANIZATION:NATO,GOVERNMENT:Ukraine").split(",");
        AnnotatedArticle doc = Docs.annotated(text, ents);
        Issue issue = new Issue("membership", "m", List.of("NATO membership", "join NATO", "member of NATO", "NATO aspirations"));
        IssueMatcher matcher = new IssueMatcher(List.of(issue));
        StanceLexicon lex = StanceLexicon.bundled();
        HolderFinder finder = new HolderFinder(lex);
        System.out.println("S stances=" + new StanceExtractor(matcher, lex).extract(doc, List.of(), List.of(), org.parley.model.DateEstimate.none()));
        for (Sentence s : doc.sentences()) {
            System.out.println("S" + s.index() + " tokens=" + doc.tokensOf(s).stream().map(t -> t.word() + "/" + t.lemma()).toList());
            System.out.println(" matches=" + matcher.match(doc, s));
            System.out.println(" cands=" + finder.candidates(doc, s, List.of()));
            System.out.println(" cues=" + lex.cues(doc.tokens(), s.firstToken(), s.endToken()));
        }
    }
}
