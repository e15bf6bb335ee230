package org.factually.assistant.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.factually.assistant.answering.AnswerRecord;
import org.factually.assistant.common.ProblemException;
import org.factually.assistant.common.Texts;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Validates and stores readers' feedback on recorded answers. */
@ApplicationScoped
@Transactional
public class FeedbackService {

    private final FeedbackConfig config;

    public FeedbackService(FeedbackConfig config) {
        this.config = config;
    }

    /** The stored feedback, or empty when no answer has this id; a 400 problem when the feedback is malformed. */
    public Optional<Feedback> record(UUID answerId, FeedbackRequest request) {
        if (AnswerRecord.findById(answerId) == null) {
            return Optional.empty();
        }
        if (request == null || request.helpful() == null) {
            throw ProblemException.badRequest("invalid-feedback", "helpful: must be given, yes or no");
        }
        String reason = Texts.blankToNull(request.reason());
        String comment = Texts.blankToNull(request.comment());
        if (reason != null && FeedbackReason.ofCode(reason).isEmpty()) {
            throw ProblemException.badRequest("invalid-feedback", "reason: must be one of " + FeedbackReason.codes());
        }
        if (request.helpful() && (reason != null || comment != null)) {
            throw ProblemException.badRequest("invalid-feedback", "reason and comment: are only given with an unhelpful answer");
        }
        if (comment != null && comment.length() > config.maxCommentLength()) {
            throw ProblemException.badRequest("invalid-feedback",
                    "comment: must be at most " + config.maxCommentLength() + " characters, got " + comment.length());
        }
        if (comment != null && Texts.hasControlCharacters(comment)) {
            throw ProblemException.badRequest("invalid-feedback", "comment: must not contain control characters");
        }
        Feedback feedback = new Feedback();
        feedback.answerId = answerId;
        feedback.helpful = request.helpful();
        feedback.reason = reason;
        feedback.comment = comment;
        feedback.createdAt = Instant.now();
        feedback.persist();
        return Optional.of(feedback);
    }
}
