package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.model.Removal;

class CleanerTest {
    private static final String STORY = """
            The council voted on Tuesday to expand the harbour, ending a debate that lasted two years.
            Critics said the plan would cost more than the city could afford, but the mayor disagreed.
            "We will build it in stages," she said after the vote.""";

    private final Cleaner cleaner = new Cleaner();

    private Cleaned clean(String text) {
        return Checks.cleaned(text, cleaner.clean(text));
    }

    private static List<String> reasons(Cleaned c) {
        return c.removals().stream().map(Removal::reason).toList();
    }

    @Test
    void a_story_without_residue_is_left_exactly_as_it_is() {
        Cleaned c = clean("Harbour Plan Approved\n\n" + STORY + "\n");

        assertThat(c.text()).isEqualTo("Harbour Plan Approved\n\n" + STORY + "\n");
        assertThat(c.removals()).isEmpty();
        assertThat(c.author()).isEmpty();
    }

    @Test
    void related_sources_heading_and_its_link_list_at_the_end_are_blanked() {
        String text = STORY + "\n\nRelated Sources:\n\n\u2022 Source 1 \u2022 Source 2 \u2022 Source 3";

        Cleaned c = clean(text);

        assertThat(c.text()).startsWith(STORY);
        assertThat(c.text().strip()).isEqualTo(STORY);
        assertThat(c.removals()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("related links");
            assertThat(r.text()).startsWith("Related Sources:").endsWith("Source 3");
        });
    }

    @Test
    void read_more_list_of_short_link_titles_is_blanked_but_story_above_is_kept() {
        Cleaned c = clean(STORY + "\nRead more:\n- Harbour costs rise again\n- Mayor wins second term\n");

        assertThat(c.text()).startsWith(STORY);
        assertThat(reasons(c)).containsExactly("related links");
        assertThat(c.removals().get(0).text()).endsWith("Mayor wins second term");
    }

    @Test
    void a_lone_quoted_asterisk_required_fields_line_is_blanked_anywhere() {
        Cleaned c = clean(STORY + "\n\"*\" indicates required fields\n");

        assertThat(c.text().strip()).isEqualTo(STORY);
        assertThat(reasons(c)).containsExactly("form residue");
    }

    @Test
    void a_newsletter_sign_up_form_inside_the_story_is_blanked() {
        String form = "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box. "
                + "Invalid email address. Please re-enter. You will receive emails containing news content. You may opt-out at any time. "
                + "You agree to receive occasional updates and special offers. Thank you for subscribing.";
        Cleaned c = clean(STORY + "\n" + form + "\n" + STORY + "\n");

        assertThat(c.text()).doesNotContain("You agree to receive").contains(STORY);
        assertThat(reasons(c)).contains("newsletter form");
    }

    @Test
    void for_more_updates_visit_trailer_is_blanked() {
        Cleaned c = clean(STORY + "\nFor more coverage of the harbour plan, visit our city desk page.");

        assertThat(c.text().strip()).isEqualTo(STORY);
        assertThat(reasons(c)).containsExactly("more-coverage trailer");
    }

    @Test
    void a_story_sentence_that_starts_with_for_more_is_kept() {
        String text = STORY + "\nFor more than a decade, residents have been able to see the old pier from the square.";

        assertThat(clean(text).removals()).isEmpty();
    }

    @Test
    void section_label_and_staff_byline_above_the_headline_are_blanked_and_no_author_is_invented() {
        String text = "Politics & Economics\nHarbour Expansion Wins Council Approval After Long Fight\nBy Editorial Staff\n" + STORY;

        Cleaned c = clean(text);

        assertThat(reasons(c)).containsExactly("section label", "byline");
        assertThat(c.author()).isEmpty();
        assertThat(c.text()).contains("Harbour Expansion Wins Council Approval After Long Fight\n").endsWith(STORY);
    }

    @Test
    void a_byline_with_a_real_name_is_blanked_and_gives_the_author() {
        Cleaned c = clean("Harbour Expansion Wins Approval\nBy Jane Q. Doe | City Desk\n" + STORY);

        assertThat(c.author()).isEqualTo("Jane Q. Doe");
        assertThat(reasons(c)).containsExactly("byline");
        assertThat(c.text()).startsWith("Harbour Expansion Wins Approval\n");
    }

    @Test
    void a_short_headline_followed_by_the_story_is_not_taken_for_a_section_label() {
        String text = "Harbour Plan Approved\n" + STORY;

        assertThat(clean(text).removals()).isEmpty();
    }

    @Test
    void a_sentence_starting_with_by_is_not_a_byline() {
        String text = "By the end of the week, the council had voted twice on the harbour plan.\n" + STORY;

        assertThat(clean(text).removals()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share this article", "Follow us on Twitter @citynews", "Subscribe to our newsletter for daily updates",
            "Sign up for our morning newsletter", "Click here to get alerts"})
    void share_subscribe_and_follow_lines_at_the_end_are_blanked(String line) {
        Cleaned c = clean(STORY + "\n\n" + line + "\n");

        assertThat(c.text().strip()).isEqualTo(STORY);
        assertThat(c.removals()).hasSize(1);
    }

    @Test
    void follow_us_lines_inside_the_story_are_kept_because_only_the_edges_are_peeled() {
        String text = STORY + "\nFollow us on Twitter\n" + STORY;

        assertThat(clean(text).removals()).isEmpty();
    }

    @Test
    void a_story_sentence_starting_with_follow_at_the_end_is_kept() {
        String text = STORY + "\nFollow the money, the auditor told the council, and the answer will be clear.";

        assertThat(clean(text).removals()).isEmpty();
    }

    @Test
    void cookie_notice_advertisement_copyright_and_image_credit_lines_are_blanked() {
        String text = "We use cookies to improve your experience on our site.\n" + STORY.lines().findFirst().orElseThrow()
                + "\nADVERTISEMENT\n(Photo: Jane Roe/Reuters)\n" + STORY + "\n\u00a9 2025 City News Ltd. All rights reserved.\n";

        Cleaned c = clean(text);

        assertThat(reasons(c)).containsExactly("cookie notice", "advertisement", "image credit", "copyright");
        assertThat(c.text()).contains(STORY);
    }

    @Test
    void share_button_bar_between_paragraphs_is_blanked() {
        Cleaned c = clean(STORY + "\nShare | Tweet | Email | Print\n" + STORY);

        assertThat(reasons(c)).containsExactly("share buttons");
    }

    @Test
    void story_sentences_that_mention_residue_words_survive() {
        String text = """
                Officials said they would share the report with the press on Monday.
                The company's copyright lawsuit against the archive was dismissed, the judge said.
                Advertisement revenue fell by a third, according to the filing.
                Photographs of the flooding were shared widely online, prompting a response.
                Visitors were told to subscribe to the emergency alerts, the mayor's office said in a statement.""";

        assertThat(clean(text).removals()).isEmpty();
    }

    @Test
    void timestamps_and_reading_times_in_the_head_are_blanked() {
        Cleaned c = clean("Harbour Plan Approved\n6 years ago\n4 min read\n" + STORY);

        assertThat(reasons(c)).containsExactly("timestamp", "reading time");
    }

    @Test
    void residue_only_text_is_blanked_completely_with_every_line_recorded() {
        Cleaned c = clean("Advertisement\n\nShare this article\n");

        assertThat(c.text()).isBlank();
        assertThat(c.removals()).hasSize(2);
    }

    @Test
    void windows_line_breaks_are_kept_and_offsets_stay_the_same() {
        String text = STORY.replace("\n", "\r\n") + "\r\nAdvertisement\r\n";

        Cleaned c = clean(text);

        assertThat(c.text()).isEqualTo(STORY.replace("\n", "\r\n") + "\r\n             \r\n");
    }

    @Test
    void a_feed_trailer_naming_where_the_post_first_appeared_is_blanked() {
        Cleaned c = clean(STORY + "\nThe post Harbour expansion approved appeared first on Coast Courier.\n");

        assertThat(reasons(c)).containsExactly("syndication trailer");
    }

    @Test
    void gallery_controls_between_headline_and_story_are_blanked_and_the_headline_is_kept() {
        Cleaned c = clean("Harbour Battle In The Council\n\nEnlarge this image toggle caption AP\n\n" + STORY);

        assertThat(reasons(c)).containsExactly("image credit");
        assertThat(c.text()).startsWith("Harbour Battle In The Council\n");
    }

    @Test
    void a_section_label_of_more_than_three_words_is_taken_for_a_headline_and_kept() {
        String text = "County By County Battle\nAn image caption line without any final punctuation\n" + STORY;

        assertThat(clean(text).removals()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Continue reading \u2192", "Read more \u00bb", "Continue reading...", "Read More"})
    void feed_read_more_links_at_the_end_are_blanked(String line) {
        Cleaned c = clean(STORY + "\n" + line);

        assertThat(c.text().strip()).isEqualTo(STORY);
    }

    @Test
    void mojibake_in_the_story_is_repaired_in_place_and_recorded_with_what_replaced_it() {
        String text = STORY + "\nThe mayor\u00e2\u20ac\u2122s aide said \u00e2\u20ac\u0153later\u00e2\u20ac\u009d on Friday.";

        Cleaned c = clean(text);

        assertThat(c.text()).startsWith(STORY).endsWith("The mayor\u00AD\u00AD\u2019s aide said   \u201clater\u201d   on Friday.");
        assertThat(c.removals()).extracting(Removal::text, Removal::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("\u00e2\u20ac\u2122", "double-encoded UTF-8 repaired as \u2019"),
                org.assertj.core.groups.Tuple.tuple("\u00e2\u20ac\u0153", "double-encoded UTF-8 repaired as \u201c"),
                org.assertj.core.groups.Tuple.tuple("\u00e2\u20ac\u009d", "double-encoded UTF-8 repaired as \u201d"));
    }

    @Test
    void mojibake_inside_a_blanked_line_goes_with_the_line() {
        Cleaned c = clean(STORY + "\nShare this story: the mayor\u00e2\u20ac\u2122s page");

        assertThat(c.text().strip()).isEqualTo(STORY);
        assertThat(reasons(c)).noneMatch(r -> r.startsWith(Mojibake.REASON));
    }
}
