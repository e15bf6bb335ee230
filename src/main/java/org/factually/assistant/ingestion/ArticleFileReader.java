package org.factually.assistant.ingestion;

import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.common.UnicodeText;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** Turns the bytes of an article file into a {@link ParsedArticle}, choosing the parser by the file's extension. */
@ApplicationScoped
public class ArticleFileReader {

    private final TextExportParser textParser;
    private final JsonArticleParser jsonParser;

    public ArticleFileReader(TextExportParser textParser, JsonArticleParser jsonParser) {
        this.textParser = textParser;
        this.jsonParser = jsonParser;
    }

    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");
    // How much of an offending string the refusal quotes.
    private static final int QUOTED_CHARS = 60;

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
        ParsedArticle article = fileName.toLowerCase(Locale.ROOT).endsWith(".json")
                ? jsonParser.parse(stem, text) : textParser.parse(stem, text);
        checkDecodedText(article);
        checkUrl(article.url());
        // Metadata states the verdict with the rating; only an article without it is read for a ruling sentence.
        return article.claims().isEmpty() ? article.withClaims(RulingSentences.find(article)) : article;
    }

    /** The article's link is shown to readers: only an absolute http(s) address, never javascript: or data:. */
    private static void checkUrl(String url) throws MalformedArticleException {
        if (url == null) {
            return;
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() != null && WEB_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT)) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new MalformedArticleException("\"url\" must be an absolute http or https address");
    }

    /**
     * The file's bytes were UTF-8 without NUL, but JSON escapes decode later: an escaped NUL or a lone
     * escaped surrogate inside a string would only fail in PostgreSQL. Every decoded string is checked here.
     */
    private static void checkDecodedText(ParsedArticle article) throws MalformedArticleException {
        List<String> texts = new ArrayList<>(List.of(article.id(), article.title()));
        Stream.of(article.question(), article.url(), article.summary()).filter(Objects::nonNull).forEach(texts::add);
        article.sections().forEach(section -> {
            if (section.heading() != null) {
                texts.add(section.heading());
            }
            texts.add(section.text());
        });
        texts.addAll(article.related());
        article.claims().forEach(claim -> Stream.of(claim.claim(), claim.claimant(), claim.appearance(), claim.publisher(),
                claim.verdict(), claim.url()).filter(Objects::nonNull).forEach(texts::add));
        for (String text : texts) {
            if (UnicodeText.hasControlCharacter(text) || UnicodeText.hasLoneSurrogate(text)) {
                throw new MalformedArticleException("a string holds a control character (such as \\u0000) or a lone "
                        + "UTF-16 surrogate; text: \"" + text.substring(0, Math.min(text.length(), QUOTED_CHARS)).replaceAll("\\p{Cntrl}", "?") + "\"");
            }
        }
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
