/**
 * Across outlets, part 2: what several outlets report alike (corroboration) and where they disagree.
 *
 * <ul>
 *   <li>{@link org.parley.extract.claim.ClaimMatcher} groups the same quote or reported claim into a
 *       {@link org.parley.extract.claim.Claim} with its sources and its number of independent outlets.</li>
 *   <li>{@link org.parley.extract.claim.ContradictionFinder} reports {@link org.parley.extract.claim.Conflict}s of
 *       kind STANCE, SPEAKER and DATE with the evidence of every side, never picking a winner.</li>
 * </ul>
 *
 * <p>Inputs are {@link org.parley.extract.claim.ArticleFacts} (one per analysed article) and a
 * {@link org.parley.extract.claim.CanonicalNames} from cross-article entity resolution.
 */
package org.parley.extract.claim;
