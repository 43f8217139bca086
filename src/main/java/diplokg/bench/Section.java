package diplokg.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One table of the report.
 *
 * @param id      JSON key
 * @param title   Markdown heading
 * @param columns column names (JSON field names too)
 * @param rows    cells: strings, integers or decimals
 */
public record Section(String id, String title, List<String> columns, List<List<Object>> rows) {

    public Section {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r)))
                .toList());
    }
}
