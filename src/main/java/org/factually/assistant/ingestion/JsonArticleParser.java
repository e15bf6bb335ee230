package org.factually.assistant.ingestion;

import org.factually.assistant.common.Texts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON article: {@code {"id", "title", "url"?, "checkedOn"? "YYYY-MM-DD", "summary"?,
 * "sections": [{"heading"?, "text"}], "related"? [questions]}}.
 */
@ApplicationScoped
public class JsonArticleParser {

    record JsonSection(String heading, String text) {
    }

    record JsonArticle(String id, String title, String url, String checkedOn, String summary,
                       List<JsonSection> sections, List<String> related) {
    }

    private final ObjectMapper mapper;

    public JsonArticleParser(ObjectMapper mapper) {
        this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public ParsedArticle parse(String fallbackId, String json) throws MalformedArticleException {
        JsonArticle a;
        try {
            a = mapper.readValue(json, JsonArticle.class);
        } catch (JsonProcessingException e) {
            throw new MalformedArticleException("not a JSON article object (" + e.getOriginalMessage() + ")");
        }
        if (a == null) {
            throw new MalformedArticleException("the file holds no JSON object");
        }
        String id = a.id() != null ? a.id().strip() : fallbackId;
        if (a.title() == null || a.title().isBlank()) {
            throw new MalformedArticleException("\"title\" is missing or blank");
        }
        List<ParsedArticle.Section> sections = new ArrayList<>();
        if (a.sections() != null) {
            for (JsonSection s : a.sections()) {
                if (s == null || s.text() == null) {
                    throw new MalformedArticleException("every entry of \"sections\" needs a \"text\"");
                }
                if (!s.text().isBlank()) {
                    sections.add(new ParsedArticle.Section(Texts.blankToNull(s.heading()), s.text().strip()));
                }
            }
        }
        String summary = Texts.blankToNull(a.summary());
        if (sections.isEmpty() && summary == null) {
            throw new MalformedArticleException("\"sections\" has no text and there is no \"summary\"");
        }
        List<String> related = a.related() == null ? List.of()
                : a.related().stream().filter(q -> q != null && !q.isBlank()).map(String::strip).toList();
        String title = a.title().strip();
        return new ParsedArticle(ArticleIds.require(id), title, ArticleIds.questionOf(title), parseDate(a.checkedOn()),
                Texts.blankToNull(a.url()), summary, List.copyOf(sections), related);
    }

    private static LocalDate parseDate(String value) throws MalformedArticleException {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new MalformedArticleException("\"checkedOn\" must be a date like 2025-10-18, not '" + value.strip() + "'");
        }
    }
}
