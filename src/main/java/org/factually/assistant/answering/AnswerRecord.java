package org.factually.assistant.answering;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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
    public List<Citation> citations;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<SuggestedArticle> suggestions;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> scores;
    @Column(name = "retrieval_ms")
    public int retrievalMs;
    @Column(name = "total_ms")
    public int totalMs;
    @Column(name = "created_at")
    public Instant createdAt;

    public AnswerReply toReply() {
        return new AnswerReply(id.toString(), question, status, answer, citations, suggestions, createdAt);
    }
}
