package diplokg.fact;

import java.util.List;

/**
 * A diplomatic event the article reports as having happened.
 *
 * @param type         an event type id
 * @param date         ISO date as precise as the article allows ({@code 2024-11-13}, {@code 2024-11}, {@code 2019},
 *                     {@code --10-31}), or null
 * @param place        the city as written, or null
 * @param participants names of the officials taking part, as in {@link Official#name()}
 */
public record Event(String type, String date, String place, List<String> participants) {

    public Event {
        if (type == null) {
            throw new IllegalArgumentException("event without type");
        }
        participants = List.copyOf(participants);
    }
}
