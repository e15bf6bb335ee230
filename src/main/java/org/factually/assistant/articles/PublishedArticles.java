package org.factually.assistant.articles;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The articles readers and partners may see: every stored article an editor has not withdrawn. Every public read
 * of articles goes through here; only the editors' pages see withdrawn ones.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedArticles {

    private static final String PUBLISHED = "withdrawnAt is null";
    private static final String LATEST_FIRST = " order by checkedOn desc nulls last, id";

    public Optional<Article> find(String id) {
        return Article.<Article>find("id = ?1 and " + PUBLISHED, id).firstResultOptional();
    }

    /** One page of the published articles, most recently checked first. */
    public PanacheQuery<Article> latestFirst(int page, int size) {
        return Article.<Article>find(PUBLISHED + LATEST_FIRST).page(page, size);
    }

    /** The most recently checked published articles. */
    public List<Article> latest(int count) {
        return latestFirst(0, count).list();
    }
}
