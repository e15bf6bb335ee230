package org.factually.assistant.answering;

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
    /** The reviewed answer this one was served from, if it was. */
    @Column(name = "served_from")
    public UUID servedFrom;

    public AnswerReply toReply() {
        AnswerReply.Reviewed reviewed = servedFrom == null ? null : new AnswerReply.Reviewed(AnswerReply.Reviewed.NEWSROOM, reviewedAt);
        return new AnswerReply(id.toString(), question, status, answer, citations.stream().map(StoredCitation::toApi).toList(),
                suggestions, createdAt, reviewed);
    }
}
