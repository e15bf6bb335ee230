package org.factually.assistant.articles;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A claim an article reviews, with the verdict as the article wrote it. Its embedding and full-text vector are
 * written and searched with native SQL (ingestion's ArticleStore, answering's ClaimMatcher), so they are not mapped.
 */
@Entity
@Table(name = "claim_review")
public class ClaimReview extends PanacheEntityBase {

    /** Read from the article's schema.org ClaimReview metadata. */
    public static final String METADATA = "metadata";
    /** Read from a ruling sentence of the article's text ("We rate this claim Mostly False."). */
    public static final String RULING_SENTENCE = "ruling-sentence";

    @Id
    public Long id;
    @Column(name = "article_id")
    public String articleId;
    public int position;
    public String claim;
    public String claimant;
    /** Where the claim was made ("a Providence Journal-WPRI debate"). */
    public String appearance;
    @Column(name = "claim_date")
    public LocalDate claimDate;
    /** The fact-checker that rated the claim (ClaimReview {@code author.name}). */
    public String publisher;
    /** The verdict as written ("Mostly False"). */
    public String verdict;
    @Column(name = "rating_value")
    public BigDecimal ratingValue;
    @Column(name = "best_rating")
    public BigDecimal bestRating;
    @Column(name = "worst_rating")
    public BigDecimal worstRating;
    @Column(name = "review_date")
    public LocalDate reviewDate;
    public String url;
    /** {@link #METADATA} or {@link #RULING_SENTENCE}. */
    public String source;
    @Column(name = "ruling_sentence")
    public String rulingSentence;

    public static List<ClaimReview> ofArticle(String articleId) {
        return list("articleId = ?1 order by position", articleId);
    }
}
