/**
 * Across outlets, part 1: which articles are copies of each other, and which cover the same story.
 *
 * <ul>
 *   <li>Near-duplicates: {@link org.parley.extract.story.MinHasher} signs each article on its own (a Spark map);
 *       {@link org.parley.extract.story.DuplicateFinder#bandKeys(int[])} gives the LSH join keys and
 *       {@link org.parley.extract.story.DuplicateFinder#verify} checks a candidate pair, or
 *       {@link org.parley.extract.story.DuplicateFinder#find(java.util.List)} does all of it in memory;
 *       {@link org.parley.extract.story.DuplicateGroups} makes copies count once.</li>
 *   <li>Stories: {@link org.parley.extract.story.StoryClusterer#add(org.parley.extract.story.StoryInput)} assigns
 *       one article at a time; {@link org.parley.extract.story.StoryEval} scores clusters against gold.</li>
 * </ul>
 *
 * <p>Everything here is pure Java over model records: no annotator types, no database, deterministic.
 */
package org.parley.extract.story;
