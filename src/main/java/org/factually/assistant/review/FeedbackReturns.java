package org.factually.assistant.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.factually.assistant.answering.AnswerRecord;
import org.factually.assistant.common.Moments;
import org.factually.assistant.feedback.NegativeFeedback;

/**
 * A reader's negative verdict on an answer served from a published reviewed answer sends that one back to the
 * queue, with the reader's reason and comment, in the transaction that stores the feedback: the newsroom stands
 * behind published answers, so one that a reader disputes is checked again before it is served again.
 */
@ApplicationScoped
public class FeedbackReturns {

    private final EntityManager em;
    private final ReviewService reviews;
    private final ReviewTexts texts;
    private final Moments moments;

    public FeedbackReturns(EntityManager em, ReviewService reviews, ReviewTexts texts, Moments moments) {
        this.em = em;
        this.reviews = reviews;
        this.texts = texts;
        this.moments = moments;
    }

    void onNegativeFeedback(@Observes NegativeFeedback feedback) {
        AnswerRecord published = em.find(AnswerRecord.class, feedback.publishedAnswerId(), LockModeType.PESSIMISTIC_WRITE);
        // Already back in the queue (an earlier verdict, a changed article, an editor): the feedback is stored all the same.
        if (published != null && published.published) {
            reviews.returnForFeedback(published, texts.feedbackReason(feedback, moments.of(feedback.at())));
        }
    }
}
