package org.factually.assistant.ingestion;

import org.factually.assistant.common.ResourceLists;
import org.factually.assistant.common.Dates;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the site's plain-text export: a title line, an optional "Checked on" date, an executive
 * summary, numbered sections and an optional list of follow-up questions, wrapped in page furniture.
 */
@ApplicationScoped
public class TextExportParser {

    private static final Pattern CHECKED_ON = Pattern.compile("(?i)checked on\\s+(.+)");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("(\\d{1,2})\\.\\s+(\\S.*)");
    private static final Pattern SUMMARY_HEADING = Pattern.compile("(?i)executive summary:?");
    private static final Pattern RELATED_HEADING = Pattern.compile("(?i)want to dive deeper\\??");
    private static final Pattern SEARCH_QUERY = Pattern.compile("[\"\u201c].*");
    // A numbered line longer than this is a paragraph that happens to start with a number, not a heading.
    private static final int MAX_HEADING_CHARS = 250;
    private static final int MAX_TITLE_CHARS = 400;

    private final List<Pattern> boilerplate;

    public TextExportParser() {
        this.boilerplate = loadBoilerplate();
    }

    public ParsedArticle parse(String id, String text) throws MalformedArticleException {
        Reader reader = new Reader();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (!line.isEmpty()) {
                reader.accept(line);
            }
        }
        reader.closeSection();

        if (reader.title == null) {
            throw new MalformedArticleException("the file has no title line");
        }
        if (reader.summary.isEmpty() && reader.sections.isEmpty()) {
            throw new MalformedArticleException("the file has neither an executive summary nor any section text");
        }
        return new ParsedArticle(ArticleIds.require(id), reader.title, ArticleIds.questionOf(reader.title), reader.checkedOn, null,
                reader.summary.isEmpty() ? null : String.join("\n", reader.summary),
                List.copyOf(reader.sections), List.copyOf(reader.related), List.of());
    }

    private enum Block { LEAD, SUMMARY, SECTION, RELATED }

    /** Walks the lines once; which block a line belongs to depends only on the headings before it. */
    private final class Reader {
        String title;
        LocalDate checkedOn;
        final List<String> summary = new ArrayList<>();
        final List<ParsedArticle.Section> sections = new ArrayList<>();
        final List<String> related = new ArrayList<>();
        Block block = Block.LEAD;
        String heading;
        List<String> paragraphs = new ArrayList<>();
        boolean inSearchList;

        void accept(String line) throws MalformedArticleException {
            if (inSearchList && SEARCH_QUERY.matcher(line).matches()) {
                return;
            }
            inSearchList = false;
            if (isBoilerplate(line)) {
                inSearchList = line.toLowerCase(Locale.ROOT).startsWith("searched for");
                return;
            }
            if (title == null) {
                if (line.length() > MAX_TITLE_CHARS) {
                    throw new MalformedArticleException("the first line of text is too long to be a title");
                }
                title = line;
                return;
            }
            if (block == Block.RELATED) {
                related.add(line);
                return;
            }
            Matcher checked = CHECKED_ON.matcher(line);
            if (checkedOn == null && block == Block.LEAD && paragraphs.isEmpty() && checked.matches()) {
                checkedOn = parseDate(checked.group(1));
                return;
            }
            Matcher numbered = NUMBERED_HEADING.matcher(line);
            if (SUMMARY_HEADING.matcher(line).matches()) {
                open(Block.SUMMARY, null);
            } else if (RELATED_HEADING.matcher(line).matches()) {
                open(Block.RELATED, null);
            } else if (numbered.matches() && line.length() <= MAX_HEADING_CHARS) {
                open(Block.SECTION, numbered.group(2).strip());
            } else if (block == Block.SUMMARY) {
                summary.add(line);
            } else {
                paragraphs.add(line);
            }
        }

        void open(Block next, String nextHeading) {
            closeSection();
            block = next;
            heading = nextHeading;
        }

        void closeSection() {
            if (!paragraphs.isEmpty()) {
                sections.add(new ParsedArticle.Section(heading, String.join("\n", paragraphs)));
                paragraphs = new ArrayList<>();
            }
        }
    }

    private boolean isBoilerplate(String line) {
        for (Pattern p : boilerplate) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate parseDate(String value) throws MalformedArticleException {
        try {
            return LocalDate.parse(value.strip(), Dates.SITE_DAY);
        } catch (DateTimeParseException e) {
            throw new MalformedArticleException("the 'Checked on' date '" + value.strip() + "' is not a date like 'October 5, 2025'");
        }
    }

    private static List<Pattern> loadBoilerplate() {
        return ResourceLists.entries("/ingestion/boilerplate.txt").stream().map(l -> Pattern.compile(l, Pattern.CASE_INSENSITIVE)).toList();
    }
}
