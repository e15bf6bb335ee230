package org.factually.assistant.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One entry of the audit trail: who did what to an answer, when, and its review fields before and after. */
@Entity
@Table(name = "review_audit")
public class ReviewAudit extends PanacheEntityBase {

    /** The actor of changes the service makes itself, such as stale answers leaving publication. */
    public static final String SYSTEM = "system";
    /** The actor when readers' feedback sends a published answer back for review. */
    public static final String READERS = "readers";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "answer_id")
    public UUID answerId;
    public String actor;
    public String action;
    public String reason;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> before;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> after;
    @Column(name = "created_at")
    public Instant createdAt;
    /** The answer's review version this entry produced. */
    public int version;

    static List<ReviewAudit> ofAnswer(UUID answerId) {
        return list("answerId = ?1 order by createdAt, id", answerId);
    }

    /** The changes made to an answer's review after the given version, oldest first. */
    static List<ReviewAudit> since(UUID answerId, int version) {
        return list("answerId = ?1 and version > ?2 order by version", answerId, version);
    }
}
