package diplokg.generate;

/**
 * A French label of a vocabulary concept that the generator writes, with its grammatical agreement.
 *
 * @param conceptId the concept's id ({@code strategic-partnership}, {@code trade})
 * @param text      the label ("partenariat stratégique", "échanges commerciaux")
 * @param agreement its gender and number
 */
record VocabularyPhrase(String conceptId, String text, Agreement agreement) {
}
