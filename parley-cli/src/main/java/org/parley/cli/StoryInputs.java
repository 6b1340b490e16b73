package org.parley.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parley.extract.story.StoryInput;
import org.parley.extract.story.Terms;
import org.parley.model.ArticleId;
import org.parley.model.EntityType;
import org.parley.model.LocalEntity;

/**
 * What the story clusterer is given of an article, built the same way at ingest, on replay and in evaluation.
 *
 * <p>Only facts fixed when the article was stored go in (its text, title, outlet, date, its own entity names and
 * the issues of its stances), never cross-article resolution, which changes as articles arrive: so replaying the
 * stored articles rebuilds exactly the clusterer state that assigned them.
 */
final class StoryInputs {
    private StoryInputs() {
    }

    static StoryInput of(ArticleId id, Optional<LocalDate> date, String outlet, String title, String text,
                         Collection<LocalEntity> entities, Collection<String> issues) {
        List<String> names = new ArrayList<>();
        List<String> people = new ArrayList<>();
        for (LocalEntity e : entities) {
            if (e.type() == EntityType.OTHER) continue;
            names.add(e.name());
            if (e.type() == EntityType.PERSON) people.add(e.name());
        }
        // interned: a store's vocabulary is small, its articles many; the replay holds every article's terms
        List<String> terms = Terms.of(bodyWithoutTitle(text, title)).stream().map(String::intern).toList();
        return new StoryInput(id, date, outlet, title, terms, names, people, List.copyOf(issues));
    }

    /** Many feeds repeat the headline as the first paragraph; the clusterer weighs the title on its own. */
    static String bodyWithoutTitle(String text, String title) {
        String s = text.strip();
        int para = s.indexOf("\n\n");
        return para > 0 && !title.isBlank() && s.substring(0, para).strip().equals(title.strip()) ? s.substring(para + 2) : s;
    }
}
