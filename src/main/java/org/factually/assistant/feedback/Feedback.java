package org.factually.assistant.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A reader's verdict on an answer, stored with the recorded answer ({@code answer_id}) for the editors. */
@Entity
@Table(name = "feedback")
public class Feedback extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "answer_id")
    public UUID answerId;
    public boolean helpful;
    /** One of {@link FeedbackReason}'s codes, only for an unhelpful answer. */
    public String reason;
    public String comment;
    @Column(name = "created_at")
    public Instant createdAt;

    public static List<Feedback> ofAnswer(UUID answerId) {
        return list("answerId = ?1 order by createdAt", answerId);
    }
}
