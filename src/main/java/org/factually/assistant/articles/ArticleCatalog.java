package org.factually.assistant.articles;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
        List<Article> articles = query.list();
        // One query for the claim reviews of the whole page.
        Map<String, List<ClaimReview>> reviews = articles.isEmpty() ? Map.of()
                : ClaimReview.<ClaimReview>list("articleId in ?1 order by articleId, position", articles.stream().map(a -> a.id).toList())
                .stream().collect(Collectors.groupingBy(r -> r.articleId));
        return new ArticlePage(articles.stream().map(a -> summary(a, reviews.getOrDefault(a.id, List.of()))).toList(),
                page, size, query.count(), query.pageCount());
    }

    public Optional<ArticleDetail> find(String id) {
        return published.find(id).map(a -> new ArticleDetail(a.id, a.title, a.question, a.checkedOn, ArticleLinks.article(a.id), a.url,
                a.summary, a.body,
                Passage.ofArticle(a.id).stream()
                        .map(p -> new ArticleDetail.PassageView(p.id, p.position, ArticleLinks.anchor(p.position), p.kind.name(), p.section, p.text, p.startOffset, p.endOffset))
                        .toList(),
                RelatedQuestion.ofArticle(a.id).stream().map(q -> q.question).toList(),
                reviewed(a, ClaimReview.ofArticle(a.id))));
    }

    private static ArticleSummary summary(Article a, List<ClaimReview> reviews) {
        return new ArticleSummary(a.id, a.title, a.checkedOn, ArticleLinks.article(a.id), a.url, reviewed(a, reviews));
    }

    private static List<ReviewedClaim> reviewed(Article a, List<ClaimReview> reviews) {
        return reviews.stream().map(r -> ReviewedClaim.of(r, a.checkedOn, ArticleLinks.article(a.id))).toList();
    }
}
