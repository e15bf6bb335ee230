package org.factually.assistant.articles;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Reads the stored articles for partners. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleCatalog {

    private final PublishedArticles published;

    public ArticleCatalog(PublishedArticles published) {
        this.published = published;
    }

    public ArticlePage page(int page, int size) {
        PanacheQuery<Article> query = published.latestFirst(page, size);
        return new ArticlePage(query.list().stream().map(ArticleCatalog::summary).toList(), page, size, query.count(), query.pageCount());
    }

    public Optional<ArticleDetail> find(String id) {
        return published.find(id).map(a -> new ArticleDetail(a.id, a.title, a.question, a.checkedOn, ArticleLinks.article(a.id), a.url,
                a.summary, a.body,
                Passage.ofArticle(a.id).stream()
                        .map(p -> new ArticleDetail.PassageView(p.id, p.position, ArticleLinks.anchor(p.position), p.kind.name(), p.section, p.text, p.startOffset, p.endOffset))
                        .toList(),
                RelatedQuestion.ofArticle(a.id).stream().map(q -> q.question).toList()));
    }

    private static ArticleSummary summary(Article a) {
        return new ArticleSummary(a.id, a.title, a.checkedOn, ArticleLinks.article(a.id), a.url);
    }
}
