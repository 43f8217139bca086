package diplokg.evaluate;

/**
 * One gold event mention: the {@code index}-th event of the gold annotation of {@code article}.
 *
 * @param article the article id
 * @param index   the event's position in the gold file's {@code events} list, from 0
 */
public record GoldMention(String article, int index) {
}
