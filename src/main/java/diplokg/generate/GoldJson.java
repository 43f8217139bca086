package diplokg.generate;

import diplokg.fact.Annotation;
import diplokg.fact.AnnotationJson;
import diplokg.fact.Contract;
import diplokg.fact.Event;
import java.util.ArrayList;
import java.util.List;

/**
 * The gold file of a generated article: the contract's document as {@link AnnotationJson} writes it, each event
 * with one more key, {@code "happening"}, the id of the real happening it reports ({@code "h000123-0"}), the same
 * in every article that reports it. {@link AnnotationJson#read} ignores keys an item's record does not have, so
 * the file stays a plain gold document to every reader of the contract; {@code evaluate} reads the key to score
 * event clustering.
 *
 * <p><b>Design Decision:</b> the key is added to the text {@link AnnotationJson} writes rather than to
 * {@link Event}, which is also what the extractor produces and exports: an extraction has no happening to give.
 * The events block is found as exactly the text {@link AnnotationJson} writes for the events (one per line), so a
 * change of that layout fails loudly here instead of writing a file without happenings.
 */
final class GoldJson {

    static final String HAPPENING = diplokg.evaluate.GoldFolder.HAPPENING;

    private GoldJson() {
    }

    /** The JSON text of {@code gold}, the i-th event carrying the i-th of {@code happenings}. */
    static String write(Annotation gold, List<String> happenings) {
        List<Event> events = gold.get(Contract.EVENTS);
        if (events.size() != happenings.size()) {
            throw new IllegalArgumentException(gold.article() + ": " + events.size() + " events but "
                    + happenings.size() + " happenings");
        }
        String json = AnnotationJson.write(gold);
        if (events.isEmpty()) {
            return json;
        }
        List<String> plain = new ArrayList<>();
        List<String> tagged = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String item = AnnotationJson.item(events.get(i));
            plain.add(item);
            tagged.add(item.substring(0, item.length() - 1) + ", \"" + HAPPENING + "\": "
                    + AnnotationJson.item(happenings.get(i)) + "}");
        }
        String block = eventsBlock(plain);
        int at = json.indexOf(block);
        if (at < 0 || json.indexOf(block, at + 1) >= 0) {
            throw new IllegalStateException(gold.article() + ": the events are not written one per line");
        }
        return json.substring(0, at) + eventsBlock(tagged) + json.substring(at + block.length());
    }

    private static String eventsBlock(List<String> items) {
        return "\"" + Contract.EVENTS.field() + "\": [\n    " + String.join(",\n    ", items) + "\n  ]";
    }
}
