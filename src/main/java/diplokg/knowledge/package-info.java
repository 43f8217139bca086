/**
 * The knowledge layer: what is known across articles, derived from the article graphs (the mention layer) into the
 * named graph {@code {base}graph/knowledge}. One happening per real event, the partnership level timeline of each
 * pair, one establishment year per pair with its dissenters, positions over time, targets and counts; each resource
 * links the statements that support it and counts their articles.
 *
 * <p>The layer is split into independent parts by {@link KnowledgeKey}: a pair of states, a person, a month of
 * events. Every mention belongs to exactly one key, and what is derived for a key depends only on that key's
 * mentions and those lent to it (a day without a year, an undated event: {@link YearlessEvents},
 * {@link UndatedEvents}), so a write re-derives the keys it touches, and those its lent mentions leave and join, and
 * the result equals a derivation from scratch.
 * Depends on {@link diplokg.store} and {@link diplokg.vocab}.
 */
package diplokg.knowledge;
