package diplokg.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one article file into an {@link Article}.
 *
 * <p>The format is the one news sites export: an optional leading {@code  date YYYY-MM } (or {@code YYYY-MM-DD})
 * header glued to the title line, the title possibly ending with a photo credit, then paragraphs one per line.
 * Lines starting with {@code >>} link to other articles and credit lines ({@code Photo : VNA/CVN}, {@code VNA/CVN})
 * carry no facts, so neither becomes body text. A credit glued to the last sentence ({@code ... -VNA/VI}) is cut off
 * and kept as the source credit.
 *
 * <p>Every failure is an {@link ArticleFormatException} naming the file and the problem. Stateless and thread-safe.
 */
public final class ArticleReader {

    /** The largest article file read; a news article is a few kilobytes, so a larger file is no article. */
    public static final int MAX_BYTES = 1 << 20;
    /** Publication years outside this range are typing errors, not dates of news articles. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;

    // Every pattern below runs in time linear in the line: possessive quantifiers, and a whitespace run is only
    // tried from its first character ((?<!\\s)), so a title of 20,000 spaces costs no more than its length.
    private static final Pattern DATE_HEADER =
            Pattern.compile("^\\s*+date\\s++(\\d{4})-(\\d{2})(?:-(\\d{2}))?\\s++");
    /**
     * "Photo : VNA", "(Photo: VNA/CVN)", "Photo d'illustration : VNA", "Photo ; AFP" (a slip of the key), "- Photo
     * VGP/Nhat Bac": one word may qualify the photo before the colon; a credit without a colon names its agency.
     */
    private static final Pattern TRAILING_PHOTO_CREDIT = Pattern.compile(
            "(?<!\\s)\\s*+(?:[-–—]\\s*+)?(?:\\(\\s*+)?"
            + "(?:(?i:photo)(?:\\s++(?:d['’])?+\\p{L}++)?+\\s*+[:;]|Photo\\s++(?=\\p{Lu}{2,}))[^()]*+\\)?\\s*+$");
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^\\s*+[-–—]?\\s*+((?i:photo)\\s*+:\\s*+)?(\\p{Lu}{2,}+(?:\\s*+/\\s*+\\p{Lu}{2,}+)*+)\\s*+$");
    private static final Pattern GLUED_CREDIT = Pattern.compile("(?:(?:(?<!\\s)\\s++|(?<=[.!?»”…]))[-–—]\\s?"
            + "(\\p{Lu}{2,}+(?:/\\p{Lu}{2,}+)++)|(?<=[.!?»”)…])\\s*+[-–—]\\s?(\\p{Lu}{2,}+)"
            + "|(?<=\\p{Ll})[-–—]\\s(\\p{Lu}{2,}+)"
            // "... au bénéfice des deux peuples. VNA": the agency alone after the last sentence's stop.
            + "|(?<=[.!?»”…])\\s++(\\p{Lu}{2,}+(?:/\\p{Lu}{2,}+)*+)"
            // "... le cardinal Pietro Parolin -VNA": a dash glued to the agency after the last word, without a stop.
            + "|(?<=\\p{L})\\s[-–—](\\p{Lu}{2,}+))\\s*+$");
    /** "Photo : VNA" between a caption's last stop and the next sentence's capital, in the middle of a line. */
    private static final Pattern INNER_PHOTO_CREDIT = Pattern.compile(
            "(?<=[.!?»”)])\\s++(?i:photo)\\s*+:\\s*+\\p{Lu}{2,}+(?:/\\p{Lu}{2,}+)*+\\s++(?=\\p{Lu}\\p{Ll})");
    private static final String LINK_MARK = ">>";
    /** A title repeated, with no end of sentence, then "ảnh" and a photo number: a page's caption mark. */
    private static final Pattern IMAGE_MARK = Pattern.compile("^[^.!?\\n]{1,300}?\\sảnh\\s\\d{1,2}(?!\\d)\\s*");
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");

    /**
     * Reads the article in {@code file}; its id is the file name without {@code .txt}.
     *
     * @throws ArticleFormatException when the file cannot be read or is not an article
     */
    public Article read(Path file) {
        return read(file, idOf(file), decode(file, readBytes(file, MAX_BYTES)));
    }

    /**
     * Reads {@code text}, in the format of an article file, as the article {@code id} of {@code source}: the way a
     * web page's main content, once rendered as such a text, becomes an article with the same rules as a file.
     *
     * @throws ArticleFormatException naming {@code source} when the text is not an article
     */
    public Article read(Path source, String id, String text) {
        List<Line> lines = Line.split(text);
        int titleIndex = firstNonBlank(lines);
        if (titleIndex < 0) {
            throw new ArticleFormatException(source, 0, "empty file: no title and no body");
        }
        Line titleLine = lines.get(titleIndex);
        Matcher header = DATE_HEADER.matcher(titleLine.text());
        Optional<YearMonth> month = Optional.empty();
        Optional<LocalDate> day = Optional.empty();
        int titleStart = titleLine.start();
        if (header.find()) {
            month = Optional.of(yearMonth(source, titleIndex + 1, header));
            if (header.group(3) != null) {
                day = Optional.of(month.get().atDay(Integer.parseInt(header.group(3))));
            }
            titleStart += header.end();
        }
        Optional<TextBlock> title = title(source, titleIndex + 1, text, titleStart, titleLine.end());
        Body body = body(text, lines.subList(titleIndex + 1, lines.size()));
        if (day.isEmpty() && month.isPresent()) {
            day = datelineDay(lines.subList(titleIndex + 1, lines.size()), month.get());
        }
        if (body.paragraphs().isEmpty()) {
            throw new ArticleFormatException(source, titleIndex + 1, "a title but no body text");
        }
        return new Article(id, month, title, body.credit(), body.paragraphs(), text, source,
                Publication.UNKNOWN.withDay(day));
    }

    /**
     * The day of publication a body dateline writes ("Hanoï, 12 mars (VNA) –"), when the header gives only the month:
     * that of the first line that opens with a dateline writing a day of that month.
     */
    private static Optional<LocalDate> datelineDay(List<Line> body, YearMonth month) {
        return body.stream().map(line -> Dateline.day(line.text(), month)).flatMap(Optional::stream).findFirst();
    }

    /** The article id of a file: its name without its ending ({@code .txt}, {@code .html}, ...). */
    public static String idOf(Path file) {
        return ArticleFormat.stem(file);
    }

    /**
     * The bytes of {@code file}, at most {@code limit} of them.
     *
     * @throws ArticleFormatException when the file is no regular file, cannot be read or is larger than the limit
     */
    static byte[] readBytes(Path file, int limit) {
        if (Files.isDirectory(file)) {
            throw new ArticleFormatException(file, 0, "is a directory, not an article file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ArticleFormatException(file, 0, "not a regular file (a device, a pipe or a socket): not read");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new ArticleFormatException(file, 0, "larger than " + limit / 1024
                        + " KiB, the size limit of an article file: not read");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ArticleFormatException(file, "cannot be read: no such file (or a broken link)", e);
        } catch (AccessDeniedException e) {
            throw new ArticleFormatException(file, "cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new ArticleFormatException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String decode(Path file, byte[] bytes) {
        if (bytes.length == 0) {
            throw new ArticleFormatException(file, 0, "empty file: no title and no body");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ArticleFormatException(file, 0, "binary file: NUL byte at offset " + i + ", not UTF-8 text");
            }
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new ArticleFormatException(file, lineAt(bytes, offset), String.format(Locale.ROOT,
                    "not valid UTF-8 text: byte 0x%02X at offset %d (save the file as UTF-8; a byte such as 0xE9 "
                            + "for \"é\" means Latin-1 or Windows-1252)", bytes[offset] & 0xFF, offset));
        }
        String text = out.flip().toString();
        // The byte-order mark is kept so that offsets stay those of the decoded file, but it is not text;
        // control characters (XML 1.0 forbids them in every result format) become spaces, offsets unchanged.
        String content = text.isEmpty() || text.charAt(0) != BYTE_ORDER_MARK ? text : " " + text.substring(1);
        return CONTROL.matcher(content).replaceAll(" ");
    }

    /** The 1-based line of the byte at {@code offset}. */
    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int firstNonBlank(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).text().isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static YearMonth yearMonth(Path file, int line, Matcher header) {
        try {
            int year = Integer.parseInt(header.group(1));
            YearMonth month = YearMonth.of(year, Integer.parseInt(header.group(2)));
            if (header.group(3) != null) {
                month.atDay(Integer.parseInt(header.group(3)));
            }
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new ArticleFormatException(file, line, "invalid date header '" + header.group().trim()
                        + "': the year is outside " + FIRST_YEAR + "-" + LAST_YEAR);
            }
            return month;
        } catch (DateTimeException e) {
            throw new ArticleFormatException(file, line, "invalid date header '" + header.group().trim() + "'");
        }
    }

    /**
     * Whether {@code line} ends with a photo credit ("... à Hanoï. Photo : VNA"): the text before it is a caption,
     * which describes a picture of the news rather than telling it.
     */
    public static boolean endsWithPhotoCredit(String line) {
        return TRAILING_PHOTO_CREDIT.matcher(line).find();
    }

    /**
     * The title between {@code start} and {@code end}, without its trailing photo credit. A line that is only a photo
     * credit ({@code Photo : AP}) is the contract's empty title: the article has none. A header with nothing after
     * it is no article.
     */
    private static Optional<TextBlock> title(Path file, int line, String text, int start, int end) {
        String raw = text.substring(start, end);
        Matcher credit = TRAILING_PHOTO_CREDIT.matcher(raw);
        boolean hasCredit = credit.find();
        TextBlock title = trimmed(text, start, start + (hasCredit ? credit.start() : raw.length()));
        if (title == null && !hasCredit) {
            throw new ArticleFormatException(file, line, "no title after the date header");
        }
        return Optional.ofNullable(title);
    }

    private static Body body(String text, List<Line> lines) {
        List<TextBlock> paragraphs = new ArrayList<>();
        Optional<String> credit = Optional.empty();
        for (Line line : lines) {
            String content = line.text().strip();
            if (content.isEmpty() || content.startsWith(LINK_MARK)) {
                continue;
            }
            Matcher creditLine = CREDIT_LINE.matcher(content);
            if (creditLine.matches()) {
                if (creditLine.group(1) == null) {
                    credit = Optional.of(creditLine.group(2).replace(" ", ""));
                }
                continue;
            }
            int end = line.end();
            Matcher glued = GLUED_CREDIT.matcher(line.text());
            if (glued.find()) {
                credit = Optional.of(glued.group(1) != null ? glued.group(1)
                        : glued.group(2) != null ? glued.group(2)
                        : glued.group(3) != null ? glued.group(3)
                        : glued.group(4) != null ? glued.group(4) : glued.group(5));
                end = line.start() + glued.start();
            }
            if (Dateline.only(text, line.start(), end)) {
                continue;
            }
            int start = afterImageMark(text, Dateline.textStart(text, line.start(), end), end);
            // "... l'émir du Qatar. Photo : VNA Le Premier ministre ...": a caption's credit inside a line ends the
            // caption; the agency is a credit, and the text after it is a paragraph of its own.
            Matcher inner = INNER_PHOTO_CREDIT.matcher(text).region(start, end);
            while (inner.find()) {
                add(paragraphs, trimmed(text, start, inner.start()));
                start = inner.end();
            }
            // A caption ends with its photo credit ("... Mohammed ben Salmane. Photo : VNA"): the agency is a credit.
            Matcher photo = TRAILING_PHOTO_CREDIT.matcher(text.substring(start, end));
            if (photo.find()) {
                end = start + photo.start();
            }
            add(paragraphs, trimmed(text, start, end));
        }
        return new Body(paragraphs, credit);
    }

    private static void add(List<TextBlock> paragraphs, TextBlock paragraph) {
        if (paragraph != null) {
            paragraphs.add(paragraph);
        }
    }

    /**
     * Where a paragraph's text begins after the mark a news page leaves before a photo caption, the article's title
     * repeated then "ảnh" ("image") and the photo's number ("Le Vietnam et le Chili ảnh 1Le président ..."): the
     * repeated title is no text, the caption after the mark is. {@code start} when the paragraph opens with none.
     */
    private static int afterImageMark(String text, int start, int end) {
        Matcher mark = IMAGE_MARK.matcher(text.substring(start, end));
        return mark.find() && mark.end() < end - start ? start + mark.end() : start;
    }

    private static TextBlock trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : new TextBlock(text.substring(start, end), start, end);
    }

    private record Body(List<TextBlock> paragraphs, Optional<String> credit) {
    }

    /** One line of the file with its offsets; {@code end} excludes the line break. */
    private record Line(String text, int start, int end) {

        static List<Line> split(String text) {
            List<Line> lines = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                    lines.add(new Line(text.substring(start, end), start, end));
                    start = i + 1;
                }
            }
            return lines;
        }
    }
}
