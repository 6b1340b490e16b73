/**
 * The negotiation map of one issue: who the parties are (holders grouped by the government or organisation they
 * speak for), where each party stands at a date, on which conditions, demands and red lines, how that moved, and
 * where parties overlap or are irreconcilable. Pure: it works over stances and speakers handed to it, with no store
 * and no HTTP, so the CLI's {@code map} and {@code changes} commands and the API's map endpoints share it.
 *
 * <p>{@link org.parley.extract.map.PartyResolver} decides a speaker's party, {@link org.parley.extract.map.MapBuilder}
 * builds an {@link org.parley.extract.map.IssueMap}, {@link org.parley.extract.map.Changes} lists what is new since a
 * date.
 */
package org.parley.extract.map;
