package org.factually.assistant.answering;

import org.factually.assistant.articles.ReviewedClaim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Every answer given, as given: what editors review and what a permanent link shows later. */
@Entity
@Table(name = "answer")
public class AnswerRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    public String question;
    @Column(name = "normalized_question")
    public String normalizedQuestion;
    public String status;
    public String answer;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<StoredCitation> citations;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<SuggestedArticle> suggestions;
    @JdbcTypeCode(SqlTypes.JSON)
    public AnswerScores scores;
    @Column(name = "retrieval_ms")
    public int retrievalMs;
    @Column(name = "total_ms")
    public int totalMs;
    @Column(name = "created_at")
    public Instant createdAt;
    /** The question's embedding (pgvector text form), to recognise the same question asked in other words. */
    @Column(name = "question_embedding")
    @ColumnTransformer(write = "CAST(? AS vector)")
    @Basic(fetch = FetchType.LAZY)
    public String questionEmbedding;
    /** new, approved, corrected or rejected; null for an answer served from a reviewed one, which is no draft. */
    @Column(name = "review_state")
    public String reviewState;
    /** Whether this reviewed answer is served to readers who ask its question. */
    public boolean published;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    /** The text and citations served once reviewed: the draft's own when approved, the editor's when corrected. */
    @Column(name = "reviewed_answer")
    public String reviewedAnswer;
    @Column(name = "reviewed_citations")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<StoredCitation> reviewedCitations;
    @Column(name = "reject_reason")
    public String rejectReason;
    /** Why a reviewed answer left publication and came back to the queue (a cited article changed). */
    @Column(name = "stale_reason")
    public String staleReason;
    /** Counts the changes to this answer's review, for optimistic locking of editors' decisions. */
    @Column(name = "review_version")
    public int reviewVersion;
    /** The editor reviewing this draft now, if one claimed it, and since when. */
    @Column(name = "claimed_by")
    public String claimedBy;
    @Column(name = "claimed_at")
    public Instant claimedAt;
    /** The editor who assigned this draft to {@code claimedBy}, when someone else did; null when they claimed it themselves. */
    @Column(name = "assigned_by")
    public String assignedBy;
    /** On an answer served from a reviewed one: {@code approved} or {@code edited} (see {@link AnswerReply.Reviewed}). */
    @Column(name = "reviewed_kind")
    public String reviewedKind;
    /** The reviewed claim whose verdict the answer gives, if the question asked about one. */
    @Column(name = "claim_review")
    @JdbcTypeCode(SqlTypes.JSON)
    public ReviewedClaim claimReview;
    /** The reviewed answer this one was served from, if it was. */
    @Column(name = "served_from")
    public UUID servedFrom;
    /** The answer whose decision this one repeats, if it was answered from the decision cache. */
    public UUID repeats;
    /** The partner key the question was asked with; null on the reader pages. A partner's usage counts these. */
    @Column(name = "asked_with_key")
    public Long askedWithKey;

    /**
     * The answer as readers read it now: once editors published it, its reviewed text and citations, labelled with
     * their kind and review date, as readers who ask its question are served them; otherwise as it was given.
     */
    public AnswerReply toReaderReply() {
        if (servedFrom != null || !published) {
            return toReply();
        }
        AnswerReply.Reviewed reviewed = new AnswerReply.Reviewed(AnswerReply.Reviewed.NEWSROOM, AnswerReply.Reviewed.kindOf(reviewState), reviewedAt);
        return new AnswerReply(id.toString(), question, AnswerReply.ANSWERED, reviewedAnswer,
                reviewedCitations.stream().map(StoredCitation::toApi).toList(), List.of(), createdAt, reviewed, null);
    }

    public AnswerReply toReply() {
        AnswerReply.Reviewed reviewed = servedFrom == null ? null : new AnswerReply.Reviewed(AnswerReply.Reviewed.NEWSROOM, reviewedKind, reviewedAt);
        return new AnswerReply(id.toString(), question, status, answer, citations.stream().map(StoredCitation::toApi).toList(),
                suggestions, createdAt, reviewed, claimReview);
    }
}
