package org.factually.assistant.articles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Full-text search of the reviewed claims of published articles (PostgreSQL {@code english}, claim and claimant). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClaimSearch {

    private final EntityManager em;

    public ClaimSearch(EntityManager em) {
        this.em = em;
    }

    public ClaimSearchPage search(String q, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.id, a.title, a.checked_on, count(*) OVER ()
                FROM claim_review c JOIN article a ON a.id = c.article_id,
                     websearch_to_tsquery('english', ?1) query
                WHERE a.withdrawn_at IS NULL AND c.search_text @@ query
                ORDER BY ts_rank(c.search_text, query) DESC, c.id
                LIMIT ?2 OFFSET ?3""")
                .setParameter(1, q)
                .setParameter(2, size)
                .setParameter(3, (long) page * size)
                .getResultList();
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[3]).longValue();
        List<ClaimSearchPage.FoundClaim> claims = rows.stream().map(row -> {
            ClaimReview r = em.find(ClaimReview.class, ((Number) row[0]).longValue());
            LocalDate articleCheckedOn = row[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[2];
            ClaimSearchPage.Review review = new ClaimSearchPage.Review(new ClaimSearchPage.Publisher(r.publisher, host(r.url)),
                    ArticleLinks.article(r.articleId), (String) row[1], r.reviewDate != null ? r.reviewDate : articleCheckedOn,
                    r.verdict, r.articleId);
            return new ClaimSearchPage.FoundClaim(r.claim, r.claimant, r.claimDate, List.of(review));
        }).toList();
        return new ClaimSearchPage(claims, page, size, total);
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            // a review URL the metadata got wrong names no site
            return null;
        }
    }
}
