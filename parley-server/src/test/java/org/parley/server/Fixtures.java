package org.parley.server;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.model.ArticleAnalysis;
import org.parley.model.Entity;
import org.parley.model.EntityId;
import org.parley.model.EventStatus;
import org.parley.model.LocalEntity;
import org.parley.model.LocalRef;
import org.parley.model.Position;
import org.parley.store.Store;
import org.parley.store.StoreConfig;
import org.parley.store.StoryLink;
import org.parley.store.StoryRecord;

/**
 * A small hand-made story (invented people and places) saved into a real store, entities resolved across
 * articles by name; and a generator of many such articles for load measurements.
 */
final class Fixtures {
    static final String HOSTILE_TITLE = "<script>alert(1)</script> Breaking";
    static final String HOSTILE_LINK = "<a href=\"javascript:alert(2)\">here</a>";
    static final String HOSTILE_CLAIM = "<img src=x onerror=alert(3)> is the plan now";
    static final String HOSTILE_STORY = "<img src=x onerror=alert(4)> Plan story";
    static final String SHARED_QUOTE = "The border will reopen next week";

    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<LocalRef, EntityId> links = new HashMap<>();
    private final List<ArticleAnalysis> analyses = new ArrayList<>();
    private final Map<String, List<String>> stories = new LinkedHashMap<>();

    static Store openStore(Path dir) {
        return Store.open(StoreConfig.h2(dir.resolve("parley")));
    }

    /** The story: five articles from three outlets, with quotes, stances, a shift, events and a hostile article. */
    static Fixtures story() {
        Fixtures f = new Fixtures();
        f.add(ArticleBuilder.article("ledger-1", "Daily Ledger", "Berg backs ceasefire talks", LocalDate.of(2025, 2, 10),
                        "Anna Berg, the foreign minister of Freedonia, met Tomas Lind in Oslo on Monday. "
                                + "\"We support a ceasefire that holds,\" Berg said after the meeting. "
                                + "Lind said the Nordic Council would not join any plan without guarantees. "
                                + "The Nordic Council opposes new sanctions for now.",
                        "PERSON:Anna Berg", "PERSON:Tomas Lind", "ORGANIZATION:Nordic Council", "GOVERNMENT:Freedonia")
                .alias("Anna Berg", "Berg").alias("Tomas Lind", "Lind").role("Anna Berg", "foreign minister")
                .quote("We support a ceasefire that holds", true, "Berg", "Anna Berg")
                .quote("the Nordic Council would not join any plan without guarantees", false, "Lind", "Tomas Lind")
                .stance("ceasefire", "Anna Berg", Position.SUPPORT, "We support a ceasefire", null, false)
                .stance("ceasefire", "Tomas Lind", Position.OPPOSE, "would not join any plan", null, false)
                .stance("sanctions", "Nordic Council", Position.OPPOSE, "opposes new sanctions", null, false)
                .event("meeting", "met", LocalDate.of(2025, 2, 10), "Anna Berg", "Tomas Lind"));
        f.add(ArticleBuilder.article("post-1", "Evening Post", "Lind softens on ceasefire", LocalDate.of(2025, 3, 2),
                        "Tomas Lind now says the Nordic Council could back a ceasefire. "
                                + "\"The ceasefire deserves our support,\" Lind said on Sunday. "
                                + "Anna Berg welcomed the change. A summit is planned in Tromso for March 20.",
                        "PERSON:Tomas Lind", "ORGANIZATION:Nordic Council", "PERSON:Anna Berg")
                .alias("Tomas Lind", "Lind")
                .quote("The ceasefire deserves our support", true, "Lind", "Tomas Lind")
                .stance("ceasefire", "Tomas Lind", Position.SUPPORT, "could back a ceasefire", null, true)
                .event("summit", "summit", LocalDate.of(2025, 3, 20), EventStatus.PLANNED, "Anna Berg", "Tomas Lind"));
        f.add(ArticleBuilder.withResidue("ledger-2", "Daily Ledger", "Freedonia weighs sanctions", LocalDate.of(2025, 3, 5),
                        "SUBSCRIBE TODAY FOR FULL ACCESS",
                        "Anna Berg said Freedonia would press for sanctions if talks fail. "
                                + "\"Sanctions remain on the table,\" Berg said.",
                        "PERSON:Anna Berg", "GOVERNMENT:Freedonia")
                .alias("Anna Berg", "Berg")
                .quote("Freedonia would press for sanctions if talks fail", false, "Anna Berg", "Anna Berg")
                .quote("Sanctions remain on the table", true, "Berg", "Anna Berg")
                .stance("sanctions", "Anna Berg", Position.MIXED, "would press for sanctions if talks fail", null, false));
        f.add(ArticleBuilder.article("herald-1", "Coast Herald", "Council still doubts sanctions", LocalDate.of(2025, 3, 8),
                        "The Nordic Council still rejects sanctions, a spokesman said. "
                                + "\"Talks come first,\" Tomas Lind said in Tromso.",
                        "ORGANIZATION:Nordic Council", "PERSON:Tomas Lind")
                .quote("Talks come first", true, "Tomas Lind", "Tomas Lind")
                .stance("sanctions", "Nordic Council", Position.OPPOSE, "still rejects sanctions", null, false));
        f.add(ArticleBuilder.article("hostile-1", "Evil Times", HOSTILE_TITLE, LocalDate.of(2025, 3, 6),
                        "Mallory Vance wrote <script>alert(1)</script> in a post. "
                                + "\"Click " + HOSTILE_LINK + " now,\" Vance said. The post spread fast.",
                        "PERSON:Mallory Vance")
                .alias("Mallory Vance", "Vance")
                .quote("Click " + HOSTILE_LINK + " now", true, "Vance", "Mallory Vance"));
        return f;
    }

    /**
     * Across outlets: one quote carried by three outlets (two give it to Anna Berg, one to Tomas Lind: a speaker
     * conflict), Anna Berg reported as supporting and as opposing aid a day apart by two outlets (a stance
     * conflict), and a hostile quote carried by two outlets in a story with a hostile label.
     */
    static Fixtures acrossOutlets() {
        Fixtures f = new Fixtures();
        f.add(ArticleBuilder.article("border-1", "Daily Ledger", "Border to reopen", LocalDate.of(2025, 4, 1),
                        "\"" + SHARED_QUOTE + ",\" Anna Berg said on Tuesday. Anna Berg supports the aid plan for the region.",
                        "PERSON:Anna Berg")
                .quote(SHARED_QUOTE, true, "Anna Berg", "Anna Berg")
                .stance("aid", "Anna Berg", Position.SUPPORT, "supports the aid plan", null, false));
        f.add(ArticleBuilder.article("border-2", "Evening Post", "Berg: border reopens", LocalDate.of(2025, 4, 2),
                        "\"" + SHARED_QUOTE + ",\" Anna Berg told reporters. Anna Berg opposes the aid plan, officials said.",
                        "PERSON:Anna Berg")
                .quote(SHARED_QUOTE, true, "Anna Berg", "Anna Berg")
                .stance("aid", "Anna Berg", Position.OPPOSE, "opposes the aid plan", null, false));
        f.add(ArticleBuilder.article("border-3", "Coast Herald", "Lind on the border", LocalDate.of(2025, 4, 2),
                        "\"" + SHARED_QUOTE + ",\" Tomas Lind said in Tromso.",
                        "PERSON:Tomas Lind")
                .quote(SHARED_QUOTE, true, "Tomas Lind", "Tomas Lind"));
        f.add(ArticleBuilder.article("plan-1", "Evil Times", "The plan", LocalDate.of(2025, 4, 3),
                        "\"" + HOSTILE_CLAIM + ",\" Mallory Vance said.", "PERSON:Mallory Vance")
                .quote(HOSTILE_CLAIM, true, "Mallory Vance", "Mallory Vance"));
        f.add(ArticleBuilder.article("plan-2", "Morning Wire", "The plan again", LocalDate.of(2025, 4, 4),
                        "\"" + HOSTILE_CLAIM + ",\" Mallory Vance said again.", "PERSON:Mallory Vance")
                .quote(HOSTILE_CLAIM, true, "Mallory Vance", "Mallory Vance"));
        f.stories.put("story-border|Border to reopen next week", List.of("border-1", "border-2", "border-3"));
        f.stories.put("story-plan|" + HOSTILE_STORY, List.of("plan-1", "plan-2"));
        return f;
    }

    /** The story plus {@code n} generated articles: the same sentence patterns over a rotating cast, dates and outlets. */
    static Fixtures generated(int n) {
        String[] people = {"Anna Berg", "Tomas Lind", "Clara Moss", "Erik Dahl", "Nina Holt", "Omar Saleh", "Petra Voss", "Jonas Krall"};
        String[] outlets = {"Daily Ledger", "Evening Post", "Coast Herald", "Morning Wire"};
        String[] issues = {"ceasefire", "sanctions", "aid", "elections"};
        Position[] positions = Position.values();
        Fixtures f = story();
        for (int i = 0; i < n; i++) {
            String a = people[i % people.length];
            String b = people[(i * 3 + 1) % people.length];
            if (a.equals(b)) b = people[(i + 1) % people.length];
            String issue = issues[i % issues.length];
            LocalDate date = LocalDate.of(2024, 1, 1).plusDays(i % 400);
            String text = a + " met " + b + " on day " + i + " to discuss " + issue + ". "
                    + "\"We will look at " + issue + " again in round " + i + ",\" " + a + " said. "
                    + b + " said the plan number " + i + " needs more work on " + issue + ". "
                    + a + " takes a clear view on " + issue + " in statement " + i + ".";
            f.add(ArticleBuilder.article("gen-" + i, outlets[i % outlets.length], "Talks on " + issue + " #" + i, date, text,
                            "PERSON:" + a, "PERSON:" + b)
                    .quote("We will look at " + issue + " again in round " + i, true, a, a)
                    .quote("the plan number " + i + " needs more work on " + issue, false, b, b)
                    .stance(issue, a, positions[(i / 4) % positions.length], "takes a clear view", null, false)
                    .event("meeting", "met", date, a, b));
        }
        return f;
    }

    private void add(ArticleBuilder b) {
        ArticleAnalysis analysis = b.build();
        analyses.add(analysis);
        for (LocalEntity e : b.entities().values()) {
            EntityId id = new EntityId(e.type().name().toLowerCase(Locale.ROOT) + ":"
                    + e.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-"));
            links.put(new LocalRef(analysis.article().id(), e.key()), id);
            Entity known = entities.get(id.value());
            Set<String> aliases = new LinkedHashSet<>(e.aliases());
            Set<String> roles = new LinkedHashSet<>(e.roles());
            if (known != null) {
                aliases.addAll(known.aliases());
                roles.addAll(known.roles());
            }
            entities.put(id.value(), new Entity(id, e.name(), e.type(), aliases, roles));
        }
    }

    List<ArticleAnalysis> analyses() {
        return analyses;
    }

    /** Saves every article and links the local entities to the resolved ones. */
    Fixtures saveTo(Store store) {
        for (ArticleAnalysis a : analyses) store.save(a, "fixture-1");
        store.replaceEntityResolution(links, entities.values());
        if (!stories.isEmpty()) saveStories(store);
        return this;
    }

    /** Stores the stories declared (as the CLI's clusterer would have put the articles). */
    private void saveStories(Store store) {
        Map<String, ArticleAnalysis> byName = new HashMap<>();
        for (ArticleAnalysis a : analyses) byName.put(a.article().name(), a);
        List<StoryRecord> records = new ArrayList<>();
        List<StoryLink> storyLinks = new ArrayList<>();
        stories.forEach((idAndLabel, names) -> {
            String id = idAndLabel.substring(0, idAndLabel.indexOf('|'));
            List<ArticleAnalysis> members = names.stream().map(byName::get).toList();
            List<LocalDate> dates = members.stream().flatMap(a -> a.article().published().stream()).sorted().toList();
            records.add(new StoryRecord(id, idAndLabel.substring(idAndLabel.indexOf('|') + 1), dates.stream().findFirst(),
                    dates.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(dates.getLast()),
                    members.getFirst().article().id()));
            for (ArticleAnalysis a : members) {
                storyLinks.add(new StoryLink(a.article().id(), id, storyLinks.size(), a == members.getFirst(), 1.0));
            }
        });
        store.stories().save(records, storyLinks);
    }

    /** The stored id of the article named {@code name}. */
    String id(String name) {
        return analyses.stream().filter(a -> a.article().name().equals(name)).findFirst().orElseThrow().article().id().value();
    }

    static EntityId person(String name) {
        return new EntityId("person:" + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-"));
    }
}
