package org.factually.assistant.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.factually.assistant.answering.AnswerRecord;
import org.factually.assistant.answering.AnswerReply;
import org.factually.assistant.answering.StoredCitation;
import org.factually.assistant.answering.ReviewStates;
import org.factually.assistant.common.HttpStatus;
import org.factually.assistant.common.ProblemException;
import org.factually.assistant.articles.Article;
import org.factually.assistant.articles.Passage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The editors' decisions on a recorded answer (approve, correct, reject), each written to the audit trail with
 * the answer's review fields before and after. Approved and corrected answers that cite only existing passages
 * are published: served to readers who ask the same question.
 */
@ApplicationScoped
@Transactional
public class ReviewService {

    static final String APPROVE = "approve";
    static final String CORRECT = "correct";
    static final String REJECT = "reject";
    static final String STALE = "stale";

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern ID_SEPARATOR = Pattern.compile("[\\s,;]+");

    private final EntityManager em;
    private final ReviewConfig config;

    public ReviewService(EntityManager em, ReviewConfig config) {
        this.em = em;
        this.config = config;
    }

    /** Publishes the draft as it was given. Refused when a passage it cites no longer exists. */
    public void approve(UUID answerId, String editor) {
        AnswerRecord answer = draft(answerId);
        List<Long> missing = missingPassages(answer.citations);
        if (!missing.isEmpty()) {
            throw new ProblemException(HttpStatus.CONFLICT, "citation-gone", "Approval refused",
                    "This draft cites passages that are no longer in the articles (" + ids(missing)
                            + "): correct it with current passages, or reject it.");
        }
        Map<String, Object> before = snapshot(answer);
        answer.reviewState = ReviewStates.APPROVED;
        answer.reviewedAnswer = answer.answer;
        answer.reviewedCitations = answer.citations;
        // An "I don't know" draft is approved as right, but is not served: a later article may answer the question.
        answer.published = AnswerReply.ANSWERED.equals(answer.status);
        decided(answer, editor, APPROVE, null, before);
    }

    /**
     * Publishes the editor's text instead of the draft. Every sentence must carry a marker {@code [n]} and
     * {@code passageIds} lists the cited passages in marker order, each an existing passage, each cited.
     */
    public void correct(UUID answerId, String editor, String text, String passageIds) {
        AnswerRecord answer = draft(answerId);
        String corrected = text == null ? "" : SPACE.matcher(text).replaceAll(" ").strip();
        if (corrected.length() > config.maxAnswerLength()) {
            throw AnswerCorrection.invalid("the answer is longer than " + config.maxAnswerLength() + " characters");
        }
        List<AnswerCorrection.Claim> claims = AnswerCorrection.parse(corrected);
        List<StoredCitation> citations = citations(claims, parseIds(passageIds));
        Map<String, Object> before = snapshot(answer);
        answer.reviewState = ReviewStates.CORRECTED;
        answer.reviewedAnswer = corrected;
        answer.reviewedCitations = citations;
        answer.published = true;
        decided(answer, editor, CORRECT, null, before);
    }

    /** Takes the answer out of publication for good: the same answer to this question is never served again. */
    public void reject(UUID answerId, String editor, String reason) {
        AnswerRecord answer = draft(answerId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ProblemException.badRequest("reason-required", "reason: say why the answer is rejected");
        }
        if (why.length() > config.maxReasonLength()) {
            throw ProblemException.badRequest("reason-too-long", "reason: at most " + config.maxReasonLength() + " characters");
        }
        Map<String, Object> before = snapshot(answer);
        answer.reviewState = ReviewStates.REJECTED;
        answer.reviewedAnswer = null;
        answer.reviewedCitations = null;
        answer.published = false;
        decided(answer, editor, REJECT, why, before);
    }

    /** Sends a published answer back to the queue, e.g. because an article it cites changed. */
    void makeStale(AnswerRecord answer, String reason) {
        Map<String, Object> before = snapshot(answer);
        answer.reviewState = ReviewStates.NEW;
        answer.published = false;
        answer.staleReason = reason;
        audit(answer, ReviewAudit.SYSTEM, STALE, reason, before);
    }

    private void decided(AnswerRecord answer, String editor, String action, String reason, Map<String, Object> before) {
        answer.reviewedBy = editor;
        answer.reviewedAt = Instant.now();
        answer.rejectReason = REJECT.equals(action) ? reason : null;
        answer.staleReason = null;
        audit(answer, editor, action, reason, before);
    }

    private void audit(AnswerRecord answer, String actor, String action, String reason, Map<String, Object> before) {
        ReviewAudit entry = new ReviewAudit();
        entry.answerId = answer.id;
        entry.actor = actor;
        entry.action = action;
        entry.reason = reason;
        entry.before = before;
        entry.after = snapshot(answer);
        entry.createdAt = Instant.now();
        entry.persist();
    }

    private AnswerRecord draft(UUID answerId) {
        AnswerRecord answer = em.find(AnswerRecord.class, answerId, LockModeType.PESSIMISTIC_WRITE);
        if (answer == null) {
            throw ProblemException.notFound("No recorded answer " + answerId + ".");
        }
        if (answer.reviewState == null) {
            throw new ProblemException(HttpStatus.CONFLICT, "not-a-draft", "Not a draft",
                    "This answer was served from a reviewed answer (" + answer.servedFrom + "); review that one instead.");
        }
        return answer;
    }

    private static Map<String, Object> snapshot(AnswerRecord answer) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("reviewState", answer.reviewState);
        s.put("published", answer.published);
        s.put("answer", answer.reviewedAnswer);
        s.put("passageIds", answer.reviewedCitations == null ? null : answer.reviewedCitations.stream().map(StoredCitation::passageId).toList());
        s.put("reviewedBy", answer.reviewedBy);
        s.put("rejectReason", answer.rejectReason);
        s.put("staleReason", answer.staleReason);
        return s;
    }

    private List<Long> missingPassages(List<StoredCitation> citations) {
        List<Long> cited = citations.stream().map(StoredCitation::passageId).distinct().toList();
        if (cited.isEmpty()) {
            return List.of();
        }
        Set<Long> present = new HashSet<>(em.createQuery("select p.id from Passage p where p.id in ?1", Long.class)
                .setParameter(1, cited).getResultList());
        return cited.stream().filter(id -> !present.contains(id)).toList();
    }

    private List<StoredCitation> citations(List<AnswerCorrection.Claim> claims, List<Long> passageIds) {
        if (passageIds.isEmpty()) {
            throw AnswerCorrection.invalid("list the cited passages: their ids, in the order of the markers [1], [2], …");
        }
        Set<Integer> used = claims.stream().flatMap(c -> c.refs().stream()).collect(Collectors.toSet());
        for (int ref : used) {
            if (ref < 1 || ref > passageIds.size()) {
                throw AnswerCorrection.invalid("the marker [" + ref + "] points nowhere: " + passageIds.size()
                        + " passage" + (passageIds.size() == 1 ? " is" : "s are") + " listed");
            }
        }
        for (int ref = 1; ref <= passageIds.size(); ref++) {
            if (!used.contains(ref)) {
                throw AnswerCorrection.invalid("passage " + passageIds.get(ref - 1) + " is listed as [" + ref + "] but no sentence cites it");
            }
        }
        Map<Long, Passage> passages = em.createQuery("from Passage p where p.id in ?1", Passage.class)
                .setParameter(1, passageIds).getResultStream()
                .collect(Collectors.toMap(p -> p.id, p -> p));
        List<StoredCitation> citations = new ArrayList<>();
        for (int i = 0; i < passageIds.size(); i++) {
            Passage passage = passages.get(passageIds.get(i));
            if (passage == null) {
                throw AnswerCorrection.invalid("the marker [" + (i + 1) + "] cites passage " + passageIds.get(i)
                        + ", which is not a passage of any current article");
            }
            citations.add(StoredCitation.of(i + 1, passage, em.find(Article.class, passage.articleId)));
        }
        return citations;
    }

    private static List<Long> parseIds(String passageIds) {
        List<Long> ids = new ArrayList<>();
        if (passageIds == null || passageIds.isBlank()) {
            return ids;
        }
        for (String token : ID_SEPARATOR.split(passageIds.strip())) {
            try {
                ids.add(Long.parseLong(token.replaceFirst("^#", "")));
            } catch (NumberFormatException e) {
                throw AnswerCorrection.invalid("'" + token + "' is not a passage id; list the ids as numbers separated by commas");
            }
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw AnswerCorrection.invalid("a passage is listed twice; list each cited passage once");
        }
        return ids;
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
