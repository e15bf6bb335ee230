package org.factually.assistant.ingestion;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns the bytes of an article file into a {@link ParsedArticle}, choosing the parser by the file's extension. */
@ApplicationScoped
public class ArticleFileReader {

    private final TextExportParser textParser;
    private final JsonArticleParser jsonParser;

    public ArticleFileReader(TextExportParser textParser, JsonArticleParser jsonParser) {
        this.textParser = textParser;
        this.jsonParser = jsonParser;
    }

    public static boolean isArticleFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".json");
    }

    public ParsedArticle read(String fileName, byte[] content) throws MalformedArticleException {
        if (!isArticleFile(fileName)) {
            throw new MalformedArticleException("only .txt (the site's text export) and .json articles can be ingested");
        }
        String text = decode(content);
        if (text.isBlank()) {
            throw new MalformedArticleException("the file is empty");
        }
        String stem = fileName.substring(0, fileName.lastIndexOf('.'));
        ParsedArticle parsed = fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? jsonParser.parse(stem, text) : textParser.parse(stem, text);
        // Metadata states the verdict with the rating; only an article without it is read for a ruling sentence.
        return parsed.claims().isEmpty() ? parsed.withClaims(RulingSentences.find(parsed)) : parsed;
    }

    private static String decode(byte[] content) throws MalformedArticleException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            if (text.indexOf('\0') >= 0) {
                throw new MalformedArticleException("the file is binary, not text");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new MalformedArticleException("the file is not valid UTF-8 text");
        }
    }
}
