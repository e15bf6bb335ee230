package org.factually.assistant.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.factually.assistant.answering.AnswerRecord;
import org.factually.assistant.answering.AnswerScores;
import org.factually.assistant.answering.StoredCitation;
import org.factually.assistant.common.ProblemException;
import org.factually.assistant.articles.Article;
import org.factually.assistant.articles.Passage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads one recorded answer for the review page. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewDetails {

    private static final int CANDIDATES_SHOWN = 12;

    private final EntityManager em;
    private final ObjectMapper json;

    public ReviewDetails(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    public AnswerReview of(UUID id) {
        AnswerRecord a = Optional.ofNullable(em.find(AnswerRecord.class, id))
                .orElseThrow(() -> ProblemException.notFound("No recorded answer " + id + "."));
        List<AnswerReview.AuditEntry> audit = ReviewAudit.ofAnswer(id).stream()
                .map(e -> new AnswerReview.AuditEntry(e.actor, e.action, e.reason, e.createdAt,
                        AnswerReview.AuditEntry.changes(e.before, e.after), write(e.before), write(e.after)))
                .toList();
        return new AnswerReview(a.id, a.question, a.status, a.answer, a.createdAt, a.reviewState, a.reviewVersion,
                a.claimedBy, a.claimedAt, a.assignedBy, a.published, a.reviewedBy, a.reviewedAt, a.reviewedAnswer, a.rejectReason, a.staleReason, a.servedFrom, a.repeats,
                cited(a.citations), cited(a.reviewedCitations), decision(a.scores), candidates(a.scores), audit);
    }

    private List<AnswerReview.CitedPassage> cited(List<StoredCitation> citations) {
        if (citations == null) {
            return List.of();
        }
        return citations.stream().map(c -> {
            // A claimReview citation quotes the article's metadata, not a passage.
            Passage p = c.passageId() == null ? null : em.find(Passage.class, c.passageId());
            if (p == null) {
                return new AnswerReview.CitedPassage(c.ref(), c.passageId(), c.articleId(), c.title(), c.section(), c.quote(), false, null, null);
            }
            Map<Integer, String> around = em.createQuery(
                            "from Passage p where p.articleId = ?1 and p.position in (?2, ?3)", Passage.class)
                    .setParameter(1, p.articleId).setParameter(2, p.position - 1).setParameter(3, p.position + 1)
                    .getResultStream().collect(Collectors.toMap(x -> x.position, x -> x.text));
            return new AnswerReview.CitedPassage(c.ref(), c.passageId(), c.articleId(), c.title(), p.section, p.text, true,
                    around.get(p.position - 1), around.get(p.position + 1));
        }).toList();
    }

    /** The decider's own summary of its decision, shown above the candidate passages. */
    private static List<AnswerReview.Fact> decision(AnswerScores scores) {
        List<AnswerReview.Fact> facts = new ArrayList<>();
        fact(facts, "answerType", scores.answerType());
        fact(facts, "topSimilarity", scores.topSimilarity());
        fact(facts, "bestCoverage", scores.bestCoverage());
        fact(facts, "bestScore", scores.bestScore());
        fact(facts, "terms", scores.terms());
        fact(facts, "unseenTerms", scores.unseenTerms());
        fact(facts, "rejectedDraft", scores.rejectedDraft());
        fact(facts, "servedFromReview", scores.servedFromReview());
        fact(facts, "questionSimilarity", scores.questionSimilarity());
        return facts;
    }

    private static void fact(List<AnswerReview.Fact> facts, String name, Object value) {
        if (value != null) {
            facts.add(new AnswerReview.Fact(name, String.valueOf(value)));
        }
    }

    private List<AnswerReview.Candidate> candidates(AnswerScores scores) {
        if (scores.passages() == null || scores.passages().isEmpty()) {
            return List.of();
        }
        List<AnswerScores.PassageScore> hits = scores.passages().stream().limit(CANDIDATES_SHOWN).toList();
        List<Long> ids = hits.stream().map(AnswerScores.PassageScore::passageId).toList();
        Map<Long, Passage> passages = em.createQuery("from Passage p where p.id in ?1", Passage.class).setParameter(1, ids)
                .getResultStream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<String> articleIds = hits.stream().map(AnswerScores.PassageScore::articleId).distinct().toList();
        Map<String, String> titles = em.createQuery("from Article a where a.id in ?1", Article.class).setParameter(1, articleIds)
                .getResultStream().collect(Collectors.toMap(x -> x.id, x -> x.title));
        return hits.stream().map(h -> {
            Passage p = passages.get(h.passageId());
            return new AnswerReview.Candidate(h.passageId(), h.articleId(), titles.getOrDefault(h.articleId(), h.articleId()),
                    h.position(), h.similarity(), h.vectorRank(), h.textRank(), h.fused(), p == null ? null : p.text);
        }).toList();
    }

    private String write(Map<String, Object> value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit snapshot is plain JSON", e);
        }
    }
}
