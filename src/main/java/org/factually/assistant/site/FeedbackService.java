package org.factually.assistant.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.factually.assistant.answering.AnswerRecord;
import org.factually.assistant.common.ProblemException;
import org.factually.assistant.feedback.NegativeFeedback;

import java.time.Instant;
import java.util.UUID;

/** Validates and stores readers' feedback on recorded answers. */
@ApplicationScoped
@Transactional
public class FeedbackService {

    private final SiteConfig config;
    private final SiteTexts texts;
    private final Event<NegativeFeedback> negative;

    public FeedbackService(SiteConfig config, SiteTexts texts, Event<NegativeFeedback> negative) {
        this.config = config;
        this.texts = texts;
        this.negative = negative;
    }

    /**
     * Stores the verdict with the answer it was given on and, when that answer was served from a published reviewed
     * answer, with that one too; a negative verdict on such an answer sends the published one back for review.
     */
    public FeedbackReceipt record(UUID answerId, FeedbackRequest request) {
        AnswerRecord answer = AnswerRecord.findById(answerId);
        if (answer == null) {
            throw ProblemException.notFound(texts.answerNotFound());
        }
        if (request == null || request.helpful() == null) {
            throw ProblemException.badRequest("invalid-feedback", "helpful: must be given, yes or no");
        }
        String reason = blankToNull(request.reason());
        String comment = blankToNull(request.comment());
        if (reason != null && FeedbackReason.ofCode(reason).isEmpty()) {
            throw ProblemException.badRequest("invalid-feedback", "reason: must be one of " + FeedbackReason.codes());
        }
        if (request.helpful() && (reason != null || comment != null)) {
            throw ProblemException.badRequest("invalid-feedback", "reason and comment: are only given with an unhelpful answer");
        }
        if (comment != null && comment.length() > config.feedback().maxCommentLength()) {
            throw ProblemException.badRequest("invalid-feedback",
                    "comment: must be at most " + config.feedback().maxCommentLength() + " characters, got " + comment.length());
        }
        if (comment != null && hasControlCharacters(comment)) {
            throw ProblemException.badRequest("invalid-feedback", "comment: must not contain control characters");
        }
        Feedback feedback = new Feedback();
        feedback.answerId = answerId;
        feedback.helpful = request.helpful();
        feedback.reason = reason;
        feedback.comment = comment;
        feedback.createdAt = Instant.now();
        feedback.publishedAnswerId = answer.servedFrom;
        feedback.persist();
        if (!feedback.helpful && feedback.publishedAnswerId != null) {
            negative.fire(new NegativeFeedback(feedback.publishedAnswerId, reason, comment, feedback.createdAt));
        }
        return new FeedbackReceipt(feedback.id, answerId.toString(), texts.feedbackThanks());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // PostgreSQL refuses NUL, and no other control character but line breaks and tabs belongs in a comment.
    private static boolean hasControlCharacters(String s) {
        return s.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }
}
