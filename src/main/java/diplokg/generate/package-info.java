/**
 * Generates synthetic corpora: French news articles about Vietnam's bilateral relations in the agency export format
 * that {@code article/} reads, each with the gold annotations of {@code annotations.md} for exactly what it says.
 * States, levels, roles and sectors come from the lexicon of {@code ontology/} (read through the lexicon stage);
 * sentence frames, grammar words and name pools are resource files under {@code diplokg/generate/}, so no French
 * is written in Java. Deterministic: a seed and an article index fix every byte.
 */
package diplokg.generate;
