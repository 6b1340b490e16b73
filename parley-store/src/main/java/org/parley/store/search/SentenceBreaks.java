package org.parley.store.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for snippets, found in one scan of the text and then looked up by binary search.
 *
 * <p>The highlighter asks for the boundary before and after every match of every hit. The JDK's rule-based sentence
 * iterator answers each of those by running its state machine over the text again (backwards, for
 * {@code preceding}), which made it the most sampled frame of a search; this one scans each text once.
 *
 * <p>The rules are the JDK's in their simple form: a sentence ends after {@code .}, {@code !}, {@code ?} or
 * {@code …} (with any closing quotes or brackets after them) followed by white space, unless the next word starts
 * with a lower-case letter ("U.S. officials" is one sentence); and a line break ends one too. A boundary is where the
 * next sentence starts, after the white space, as in the JDK. An abbreviation before a capitalised word
 * ("Mr. Smith") is a boundary here as it is there: a snippet then shows a shorter sentence, never a wrong match.
 *
 * <p>Not thread-safe, as no {@link BreakIterator} is; the highlighter makes one per search.
 */
final class SentenceBreaks extends BreakIterator {
    private CharacterIterator text = new StringCharacterIterator("");
    /** Ascending boundaries, first the text's begin index and last its end index. */
    private int[] bounds = {0};
    private int count = 1;
    /** Index into {@link #bounds} of the current boundary. */
    private int at;

    @Override
    public void setText(String newText) {
        text = new StringCharacterIterator(newText);
        scan(newText, 0);
    }

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        StringBuilder sb = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) sb.append(c);
        newText.first();
        scan(sb, newText.getBeginIndex());
    }

    private void scan(CharSequence s, int base) {
        int n = s.length();
        int[] found = new int[16];
        int k = 0;
        found[k++] = base;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int after;
            if (c == '\n' || c == '\r' || c == '\u2029') {
                after = i + 1;
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < n && isTerminator(s.charAt(j))) j++;
                while (j < n && isCloser(s.charAt(j))) j++;
                if (j >= n || !Character.isWhitespace(s.charAt(j))) {
                    i = j;
                    continue;
                }
                after = j;
            } else {
                i++;
                continue;
            }
            int next = after;
            while (next < n && Character.isWhitespace(s.charAt(next))) next++;
            if (next < n && Character.isLowerCase(s.charAt(next)) && c != '\n' && c != '\r' && c != '\u2029') {
                i = next;
                continue;
            }
            if (next < n && base + next > found[k - 1]) {
                if (k == found.length) found = Arrays.copyOf(found, k * 2);
                found[k++] = base + next;
            }
            i = Math.max(next, i + 1);
        }
        if (base + n > found[k - 1]) {
            if (k == found.length) found = Arrays.copyOf(found, k + 1);
            found[k++] = base + n;
        }
        bounds = found;
        count = k;
        at = 0;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
    }

    @Override
    public int first() {
        at = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        at = count - 1;
        return bounds[at];
    }

    @Override
    public int next(int n) {
        int target = at + n;
        if (target < 0) {
            at = 0;
            return DONE;
        }
        if (target >= count) {
            at = count - 1;
            return DONE;
        }
        at = target;
        return bounds[at];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        // The first boundary strictly after offset.
        int i = Arrays.binarySearch(bounds, 0, count, offset + 1);
        int index = i >= 0 ? i : -i - 1;
        if (index >= count) {
            at = count - 1;
            return DONE;
        }
        at = index;
        return bounds[at];
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        // The last boundary strictly before offset.
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        int index = (i >= 0 ? i : -i - 1) - 1;
        if (index < 0) {
            at = 0;
            return DONE;
        }
        at = index;
        return bounds[at];
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        if (i >= 0) {
            at = i;
            return true;
        }
        following(offset);
        return false;
    }

    private void checkOffset(int offset) {
        if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
            throw new IllegalArgumentException("offset " + offset + " is outside the text ["
                    + text.getBeginIndex() + ", " + text.getEndIndex() + "]");
        }
    }

    @Override
    public int current() {
        return bounds[at];
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public SentenceBreaks clone() {
        SentenceBreaks copy = (SentenceBreaks) super.clone();
        copy.bounds = bounds.clone();
        copy.text = (CharacterIterator) text.clone();
        return copy;
    }
}
