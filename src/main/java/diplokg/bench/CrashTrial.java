package diplokg.bench;

/**
 * What one crash trial found.
 *
 * @param number       1, 2, ...
 * @param killedAfter  milliseconds from the writer's start to SIGKILL
 * @param outcome      {@code old} or {@code new} (the store holds exactly that state), {@code finished} (the writer
 *                     ended before the kill, and the store holds the new state), or what went wrong
 * @param consistent   the store opened, validated and held exactly the old or the new state
 */
public record CrashTrial(int number, long killedAfter, String outcome, boolean consistent) {
}
