package org.factually.assistant.articles;

/** Where an article and its passages live on the site: citations, suggestions and article lists link here. */
public final class ArticleLinks {

    private ArticleLinks() {
    }

    /** The article's page on this service's site. */
    public static String article(String articleId) {
        return "/articles/" + articleId;
    }

    /** The anchor of a passage on its article page. */
    public static String anchor(int position) {
        return "p" + position;
    }

    /** A passage on its article page. */
    public static String passage(String articleId, int position) {
        return article(articleId) + "#" + anchor(position);
    }
}
