package org.factually.assistant.answering;

import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.articles.ArticleLinks;
import org.factually.assistant.articles.ReviewedClaim;
import org.factually.assistant.retrieval.PassageHit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Writes the answer from the chosen sentences, and the articles to suggest when there is none. */
@ApplicationScoped
public class AnswerComposer {

    // The articles' own source markers ("[1] [2]") point into the article's source list, not ours.
    static final Pattern SOURCE_MARKERS = Pattern.compile("\\s*(\\[\\d+\\]\\s*)+(?=[.,;:!?]|$)|(\\[\\d+\\]\\s*)+");

    private final AnswerConfig config;
    private final ClaimAnswers claims;

    public AnswerComposer(AnswerConfig config, ClaimAnswers claims) {
        this.config = config;
        this.claims = claims;
    }

    /**
     * Each sentence verbatim, without the article's own source markers, followed by the marker of the passage it
     * comes from. A sentence reporting a claim its article rated is followed by the article's verdict on it: after the
     * last sentence that reports the claim, so that no report of it is the last word, and not before it.
     */
    public ComposedAnswer compose(List<AnswerDecider.Candidate> sentences) {
        Map<Long, Integer> refs = new LinkedHashMap<>();
        List<StoredCitation> citations = new ArrayList<>();
        List<String> quoted = new ArrayList<>();
        StringBuilder answer = new StringBuilder();
        ClaimAnswers.Conclusion conclusion = null;
        int lastReport = -1;
        for (int i = 0; i < sentences.size(); i++) {
            AnswerDecider.Candidate c = sentences.get(i);
            if (Attribution.reports(c.sentence())) {
                Optional<ClaimAnswers.Conclusion> on = claims.conclusionOn(c.hit().articleId(), c.sentence());
                if (on.isPresent() && (conclusion == null || on.get().claim().equals(conclusion.claim()))) {
                    conclusion = on.get();
                    lastReport = i;
                }
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            AnswerDecider.Candidate c = sentences.get(i);
            boolean verdictTooEarly = conclusion != null && i < lastReport && c.sentence().equals(conclusion.sentence());
            if (verdictTooEarly || quoted.contains(c.sentence())) {
                continue;
            }
            PassageHit hit = c.hit();
            int ref = refs.computeIfAbsent(hit.passageId(), id -> {
                int n = citations.size() + 1;
                citations.add(citationOf(n, hit));
                return n;
            });
            append(answer, quoted, c.sentence(), ref);
            if (i == lastReport) {
                conclude(conclusion, answer, quoted, refs, citations);
            }
        }
        return new ComposedAnswer(answer.toString(), List.copyOf(citations), conclusion == null ? null : conclusion.claim());
    }

    private static void conclude(ClaimAnswers.Conclusion conclusion, StringBuilder answer, List<String> quoted,
                                 Map<Long, Integer> refs, List<StoredCitation> citations) {
        if (quoted.contains(conclusion.sentence())) {
            return;
        }
        int ref;
        if (conclusion.passage() == null) {
            ref = citations.size() + 1;
            citations.add(StoredCitation.verdictLine(ref, conclusion.sentence(), conclusion.article()));
        } else {
            ref = refs.computeIfAbsent(conclusion.passage().id, id -> {
                int n = citations.size() + 1;
                citations.add(StoredCitation.of(n, conclusion.passage(), conclusion.article()));
                return n;
            });
        }
        append(answer, quoted, conclusion.sentence(), ref);
    }

    private static void append(StringBuilder answer, List<String> quoted, String sentence, int ref) {
        quoted.add(sentence);
        if (answer.length() > 0) {
            answer.append(' ');
        }
        answer.append(SOURCE_MARKERS.matcher(sentence).replaceAll("").strip()).append(" [").append(ref).append(']');
    }

    /** Articles near a question the service cannot answer: to read, never presented as the answer. */
    public List<SuggestedArticle> suggestions(List<PassageHit> hits) {
        Map<String, SuggestedArticle> byArticle = new LinkedHashMap<>();
        for (PassageHit hit : hits) {
            if (hit.similarity() >= config.minSimilarity() && byArticle.size() < config.suggestedArticles()) {
                byArticle.putIfAbsent(hit.articleId(), SuggestedArticle.near(hit.articleId(), hit.title(), ArticleLinks.article(hit.articleId())));
            }
        }
        return List.copyOf(byArticle.values());
    }

    private static StoredCitation citationOf(int ref, PassageHit hit) {
        return new StoredCitation(ref, hit.articleId(), hit.title(), hit.section(), hit.checkedOn(), hit.text(), hit.start(), hit.end(),
                ArticleLinks.passage(hit.articleId(), hit.position()), hit.passageId(), hit.position(), StoredCitation.PASSAGE);
    }
}
