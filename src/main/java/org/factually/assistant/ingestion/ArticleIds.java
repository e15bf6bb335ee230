package org.factually.assistant.ingestion;

import java.util.regex.Pattern;

/** Article ids appear in URLs and anchors, so they are kept to a safe alphabet. */
final class ArticleIds {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private ArticleIds() {
    }

    static String require(String id) throws MalformedArticleException {
        if (id == null || !VALID.matcher(id).matches()) {
            throw new MalformedArticleException("the article id must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return id;
    }

    /** The question an article answers: its title without the site's "Fact check:" prefix, when the title is a question. */
    static String questionOf(String title) {
        String question = title.replaceFirst("(?i)^fact\\s*check\\s*:\\s*", "").trim();
        return question.endsWith("?") ? question : null;
    }
}
