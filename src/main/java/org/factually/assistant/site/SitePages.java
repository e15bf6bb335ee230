package org.factually.assistant.site;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The reader page's Qute templates (src/main/resources/templates/site/); every expression is escaped as HTML. */
@CheckedTemplate(basePath = "site")
public final class SitePages {

    private SitePages() {
    }

    /** The ask page, and with an answer the answer page. */
    public static native TemplateInstance ask(AskPage page);

    /** Only the answer region of the ask page, for the script that asks without reloading. */
    public static native TemplateInstance ask$answer(AskPage page);

    /** Only the note on how answers are made, true of the kind of answer the region shows. */
    public static native TemplateInstance ask$how(AskPage page);

    public static native TemplateInstance article(ArticleView article);

    public static native TemplateInstance error(ErrorPage error);
}
