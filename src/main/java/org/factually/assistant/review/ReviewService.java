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
import org.factually.assistant.common.Moments;
import org.factually.assistant.common.ProblemException;
import org.factually.assistant.common.Texts;
import org.factually.assistant.accounts.AccountService;
import org.factually.assistant.articles.Article;
import org.factually.assistant.articles.Passage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    static final String FEEDBACK = "feedback";
    static final String OFF_TOPIC = "off-topic";
    static final String ASSIGN = "assign";
    static final String UNASSIGN = "unassign";

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern ID_SEPARATOR = Pattern.compile("[\\s,;]+");

    private final EntityManager em;
    private final ReviewConfig config;
    private final Moments moments;
    private final ReviewTexts texts;
    private final AccountService accounts;

    public ReviewService(EntityManager em, ReviewConfig config, Moments moments, ReviewTexts texts, AccountService accounts) {
        this.em = em;
        this.accounts = accounts;
        this.config = config;
        this.moments = moments;
        this.texts = texts;
    }

    /**
     * Publishes the draft as it was given. Refused when a passage it cites no longer exists. Each decision names
     * the review version the editor's page showed ({@code seenVersion}): if the review changed since, nothing is
     * changed and the editor gets a conflict saying what changed.
     */
    public void approve(UUID answerId, String editor, String seenVersion) {
        AnswerRecord answer = draft(answerId, seenVersion, editor);
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
    public void correct(UUID answerId, String editor, String seenVersion, String text, String passageIds) {
        AnswerRecord answer = draft(answerId, seenVersion, editor);
        Correction correction = check(text, passageIds);
        Map<String, Object> before = snapshot(answer);
        answer.reviewState = ReviewStates.CORRECTED;
        answer.reviewedAnswer = correction.text();
        answer.reviewedCitations = correction.citations();
        answer.published = true;
        decided(answer, editor, CORRECT, null, before);
    }

    /** A correction as it would be published: its text (spaces tidied) and the citations its markers point to. */
    public record Correction(String text, List<StoredCitation> citations) {
    }

    /** Checks a correction as {@link #correct} would, publishing nothing: for the preview of what readers would see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Correction check(String text, String passageIds) {
        String corrected = text == null ? "" : SPACE.matcher(text).replaceAll(" ").strip();
        if (corrected.length() > config.maxAnswerLength()) {
            throw AnswerCorrection.invalid("the answer is longer than " + config.maxAnswerLength() + " characters");
        }
        List<AnswerCorrection.Claim> claims = AnswerCorrection.parse(corrected);
        return new Correction(corrected, citations(claims, parseIds(passageIds)));
    }

    /** Takes the answer out of publication for good: the same answer to this question is never served again. */
    public void reject(UUID answerId, String editor, String seenVersion, String reason) {
        AnswerRecord answer = draft(answerId, seenVersion, editor);
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

    /** Claims the draft for this editor (taking it over from another if need be), so that nobody else reviews it meanwhile. */
    public void claim(UUID answerId, String editor) {
        AnswerRecord answer = locked(answerId);
        answer.claimedBy = editor;
        answer.claimedAt = Instant.now();
        answer.assignedBy = null;
    }

    /**
     * Assigns the draft to another editor (or to oneself); written to the audit trail. Like a decision, it names the
     * review version and the holder ({@code seenHolder}, blank for none) the editor's page showed: if either changed
     * since, nothing is changed and the editor gets a conflict.
     */
    public void assign(UUID answerId, String editor, String seenVersion, String seenHolder, String assignee) {
        if (Texts.blankToNull(assignee) == null) {
            throw ProblemException.badRequest("assignee-required", "assignee: choose the editor who is to review this answer");
        }
        hold(answerId, editor, seenVersion, seenHolder, assignee);
    }

    /** Takes the draft from whoever holds it, so that any editor may review it; the same checks as {@link #assign}. */
    public void unassign(UUID answerId, String editor, String seenVersion, String seenHolder) {
        hold(answerId, editor, seenVersion, seenHolder, null);
    }

    private void hold(UUID answerId, String editor, String seenVersion, String seenHolder, String assignee) {
        AnswerRecord answer = locked(answerId);
        int seen = version(seenVersion);
        if (seen != answer.reviewVersion) {
            throw ReviewConflict.since(answer, seen, ReviewAudit.since(answerId, seen), moments);
        }
        String holder = Texts.blankToNull(seenHolder);
        if (!Objects.equals(holder, answer.claimedBy)) {
            throw ReviewConflict.heldSince(answer, holder, moments);
        }
        String to = Texts.blankToNull(assignee);
        if (to != null && !accounts.reviewers().contains(to)) {
            throw ProblemException.badRequest("unknown-assignee", "assignee: '" + to + "' is not an editor's account that may review answers");
        }
        String previous = answer.claimedBy;
        if (to == null && previous == null) {
            return;
        }
        Map<String, Object> before = snapshot(answer);
        answer.claimedBy = to;
        answer.claimedAt = to == null ? null : Instant.now();
        answer.assignedBy = to == null || to.equals(editor) ? null : editor;
        audit(answer, editor, to == null ? UNASSIGN : ASSIGN, to == null ? "from " + previous : "to " + to, before);
    }

    /** Gives up this editor's claim on the draft. */
    public void release(UUID answerId, String editor) {
        AnswerRecord answer = locked(answerId);
        if (editor.equals(answer.claimedBy)) {
            answer.claimedBy = null;
            answer.claimedAt = null;
            answer.assignedBy = null;
        }
    }

    /**
     * Marks the question off-topic: outside what the fact checks cover. It leaves the content gaps; an "I don't know"
     * draft is approved as the right answer, an answered one is rejected, so that no answer is served to it.
     */
    public void markOffTopic(UUID answerId, String editor, String seenVersion) {
        AnswerRecord answer = draft(answerId, seenVersion, editor);
        em.createNativeQuery("""
                        INSERT INTO off_topic_question (normalized_question, marked_by, marked_at) VALUES (?1, ?2, now())
                        ON CONFLICT (normalized_question) DO NOTHING""")
                .setParameter(1, answer.normalizedQuestion).setParameter(2, editor).executeUpdate();
        Map<String, Object> before = snapshot(answer);
        boolean unknown = !AnswerReply.ANSWERED.equals(answer.status);
        answer.reviewState = unknown ? ReviewStates.APPROVED : ReviewStates.REJECTED;
        answer.reviewedAnswer = unknown ? answer.answer : null;
        answer.reviewedCitations = unknown ? answer.citations : null;
        answer.published = false;
        decided(answer, editor, OFF_TOPIC, texts.offTopic(), before);
    }

    /** Sends a published answer back to the queue because an article it cites changed. */
    void makeStale(AnswerRecord answer, String reason) {
        sendBack(answer, ReviewAudit.SYSTEM, STALE, reason);
    }

    /** Sends a published answer back to the queue because a reader it was served to found it unhelpful. */
    void returnForFeedback(AnswerRecord answer, String reason) {
        sendBack(answer, ReviewAudit.READERS, FEEDBACK, reason);
    }

    private void sendBack(AnswerRecord answer, String actor, String action, String reason) {
        Map<String, Object> before = snapshot(answer);
        answer.reviewState = ReviewStates.NEW;
        answer.published = false;
        answer.staleReason = reason;
        audit(answer, actor, action, reason, before);
    }

    private void decided(AnswerRecord answer, String editor, String action, String reason, Map<String, Object> before) {
        answer.reviewedBy = editor;
        answer.reviewedAt = Instant.now();
        // Decided: the draft is no longer being reviewed by anyone.
        answer.claimedBy = null;
        answer.claimedAt = null;
        answer.assignedBy = null;
        answer.rejectReason = ReviewStates.REJECTED.equals(answer.reviewState) ? reason : null;
        answer.staleReason = null;
        audit(answer, editor, action, reason, before);
    }

    private void audit(AnswerRecord answer, String actor, String action, String reason, Map<String, Object> before) {
        answer.reviewVersion++;
        ReviewAudit entry = new ReviewAudit();
        entry.version = answer.reviewVersion;
        entry.answerId = answer.id;
        entry.actor = actor;
        entry.action = action;
        entry.reason = reason;
        entry.before = before;
        entry.after = snapshot(answer);
        entry.createdAt = Instant.now();
        entry.persist();
    }

    private AnswerRecord locked(UUID answerId) {
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

    // The row lock serialises two decisions sent at the same instant; the version catches one sent from an older page.
    private AnswerRecord draft(UUID answerId, String seenVersion, String editor) {
        AnswerRecord answer = locked(answerId);
        if (answer.claimedBy != null && !answer.claimedBy.equals(editor)) {
            throw new ProblemException(HttpStatus.CONFLICT, "claimed", "Claimed by another editor", answer.claimedBy
                    + (answer.assignedBy == null ? " claimed this answer on " : " was assigned this answer by " + answer.assignedBy + " on ")
                    + moments.of(answer.claimedAt) + " and is reviewing it: ask them, or take it over first.");
        }
        int seen = version(seenVersion);
        if (seen != answer.reviewVersion) {
            throw ReviewConflict.since(answer, seen, ReviewAudit.since(answerId, seen), moments);
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
        s.put("claimedBy", answer.claimedBy);
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
            throw AnswerCorrection.invalidPassages("list the cited passages: their ids, in the order of the markers [1], [2], …");
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
                throw AnswerCorrection.invalidPassages("passage " + passageIds.get(ref - 1) + " is listed as [" + ref + "] but no sentence cites it");
            }
        }
        Map<Long, Passage> passages = em.createQuery("from Passage p where p.id in ?1", Passage.class)
                .setParameter(1, passageIds).getResultStream()
                .collect(Collectors.toMap(p -> p.id, p -> p));
        List<StoredCitation> citations = new ArrayList<>();
        for (int i = 0; i < passageIds.size(); i++) {
            Passage passage = passages.get(passageIds.get(i));
            if (passage == null) {
                throw AnswerCorrection.invalidPassages("the marker [" + (i + 1) + "] cites passage " + passageIds.get(i)
                        + ", which is not a passage of any current article");
            }
            citations.add(StoredCitation.of(i + 1, passage, em.find(Article.class, passage.articleId)));
        }
        return citations;
    }

    private static int version(String seenVersion) {
        try {
            return Integer.parseInt(seenVersion == null ? "" : seenVersion.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("version-required", "version: the review version your page showed, a number");
        }
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
                throw AnswerCorrection.invalidPassages("'" + token + "' is not a passage id; list the ids as numbers separated by commas");
            }
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw AnswerCorrection.invalidPassages("a passage is listed twice; list each cited passage once");
        }
        return ids;
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
