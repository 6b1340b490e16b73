package org.parley.extract.map;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.stance.SourcedStance;
import org.parley.model.ArticleId;
import org.parley.model.Condition;
import org.parley.model.EntityType;
import org.parley.model.Holder;
import org.parley.model.Position;
import org.parley.model.Span;
import org.parley.model.Stance;

/** Hand-made speakers and statements for map tests. */
final class Statements {
    static final String ISSUE = "ukraine-nato-membership";
    static final Speaker PUTIN = person("Vladimir Putin", "President of Russia");
    static final Speaker PESKOV = person("Dmitry Peskov", "Kremlin spokesman");
    static final Speaker LAVROV = person("Sergei Lavrov", "Russian Foreign Minister");
    static final Speaker ZELENSKYY = person("Volodymyr Zelenskyy", "President of Ukraine");
    static final Speaker KREMLIN = new Speaker("e-kremlin", "Kremlin", EntityType.GOVERNMENT, Set.of("the Kremlin"), Set.of());
    static final Speaker PUNDIT = person("Jane Pundit", "analyst");

    private static int sentence;

    private Statements() {
    }

    static Speaker person(String name, String... roles) {
        return new Speaker("e-" + name.toLowerCase().replace(' ', '-'), name, EntityType.PERSON, Set.of(), Set.of(roles));
    }

    static Statement says(Speaker who, Position p, String date) {
        return says(who, p, date, 0.8, null, null);
    }

    static Statement says(Speaker who, Position p, String date, double confidence, Condition.Kind kind, String condition) {
        int n = ++sentence;
        Optional<Condition> c = kind == null ? Optional.empty() : Optional.of(new Condition(kind, condition, new Span(10, 10 + condition.length())));
        Stance s = new Stance(ISSUE, new Holder(new Span(0, 5), who.name(), "", who.name(), who.type()), p, List.of("cue"), false,
                confidence, new Span(0, 40), n, c, false, Optional.of(LocalDate.parse(date)), List.of());
        String article = "a-" + date + "-" + n;
        return new Statement(n, new SourcedStance(new ArticleId(article), "Outlet", s), who, Optional.of(LocalDate.parse(date)),
                article, "Title " + n, Optional.of(LocalDate.parse(date)), who.name() + " said something on " + date);
    }
}
