package diplokg.generate;

import diplokg.DiplokgException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data file of the generator: {@code [section]} headers, then one entry per line with fields separated by
 * {@code " | "}; blank lines and lines starting with {@code #} are skipped. Sections keep their file order.
 */
final class SectionFile {

    private static final String FIELD_SEPARATOR = " | ";

    private final String name;
    private final Map<String, List<String>> sections;

    private SectionFile(String name, Map<String, List<String>> sections) {
        this.name = name;
        this.sections = sections;
    }

    /** Reads the classpath resource {@code diplokg/generate/<file>}. */
    static SectionFile resource(String file) {
        String path = "/diplokg/generate/" + file;
        try (InputStream in = SectionFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new DiplokgException(path + ": generator resource missing from the classpath");
            }
            return parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DiplokgException(path + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Parses {@code text}; {@code name} names the file in error messages. */
    static SectionFile parse(String name, String text) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        int number = 0;
        for (String raw : text.split("\n", -1)) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current == null) {
                throw new DiplokgException(name + ":" + number + ": entry before any [section]: " + line);
            } else {
                current.add(line);
            }
        }
        return new SectionFile(name, sections);
    }

    /** The file name given when it was read. */
    String name() {
        return name;
    }

    /** The section names in file order. */
    List<String> sections() {
        return List.copyOf(sections.keySet());
    }

    /** The lines of {@code section}; a missing section is an error naming the file. */
    List<String> lines(String section) {
        List<String> lines = sections.get(section);
        if (lines == null) {
            throw new DiplokgException(name + ": no [" + section + "] section");
        }
        return lines;
    }

    /** The lines of {@code section} cut into fields. */
    List<List<String>> rows(String section) {
        return lines(section).stream().map(SectionFile::fields).toList();
    }

    /** The first-field-to-second-field map of a two-column section. */
    Map<String, String> pairs(String section) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (List<String> row : rows(section)) {
            if (row.size() != 2) {
                throw new DiplokgException(name + ": [" + section + "] expects two fields, got " + row);
            }
            pairs.put(row.get(0), row.get(1));
        }
        return pairs;
    }

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        int at;
        while ((at = line.indexOf(FIELD_SEPARATOR, start)) >= 0) {
            fields.add(line.substring(start, at).strip());
            start = at + FIELD_SEPARATOR.length();
        }
        fields.add(line.substring(start).strip());
        return fields;
    }
}
