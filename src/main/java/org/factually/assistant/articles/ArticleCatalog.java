package org.factually.assistant.articles;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.factually.assistant.answering.AnswerService;
import org.factually.assistant.ingestion.Article;
import org.factually.assistant.ingestion.Passage;
import org.factually.assistant.ingestion.RelatedQuestion;

import java.util.Optional;

/** Reads the stored articles for partners. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleCatalog {

    public ArticlePage page(int page, int size) {
        PanacheQuery<Article> query = Article.find("order by checkedOn desc nulls last, id").page(page, size);
        return new ArticlePage(query.list().stream().map(ArticleCatalog::summary).toList(), page, size, query.count(), query.pageCount());
    }

    public Optional<ArticleDetail> find(String id) {
        return Article.<Article>findByIdOptional(id).map(a -> new ArticleDetail(a.id, a.title, a.question, a.checkedOn, AnswerService.articleUrl(a.id), a.url,
                a.summary, a.body,
                Passage.ofArticle(a.id).stream()
                        .map(p -> new ArticleDetail.PassageView(p.id, p.position, Passage.anchor(p.position), p.kind.name(), p.section, p.text, p.startOffset, p.endOffset))
                        .toList(),
                RelatedQuestion.ofArticle(a.id).stream().map(q -> q.question).toList()));
    }

    private static ArticleSummary summary(Article a) {
        return new ArticleSummary(a.id, a.title, a.checkedOn, AnswerService.articleUrl(a.id), a.url);
    }
}
