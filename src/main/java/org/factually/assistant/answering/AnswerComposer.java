package org.factually.assistant.answering;

import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.articles.ArticleLinks;
import org.factually.assistant.retrieval.PassageHit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Writes the answer from the chosen sentences, and the articles to suggest when there is none. */
@ApplicationScoped
public class AnswerComposer {

    // The articles' own source markers ("[1] [2]") point into the article's source list, not ours.
    static final Pattern SOURCE_MARKERS = Pattern.compile("\\s*(\\[\\d+\\]\\s*)+(?=[.,;:!?]|$)|(\\[\\d+\\]\\s*)+");

    private final AnswerConfig config;

    public AnswerComposer(AnswerConfig config) {
        this.config = config;
    }

    /** Each sentence verbatim, without the article's own source markers, followed by the marker of the passage it comes from. */
    public ComposedAnswer compose(List<AnswerDecider.Candidate> sentences) {
        Map<Long, Integer> refs = new LinkedHashMap<>();
        List<StoredCitation> citations = new ArrayList<>();
        StringBuilder answer = new StringBuilder();
        for (AnswerDecider.Candidate c : sentences) {
            PassageHit hit = c.hit();
            int ref = refs.computeIfAbsent(hit.passageId(), id -> {
                int n = refs.size() + 1;
                citations.add(citationOf(n, hit));
                return n;
            });
            if (answer.length() > 0) {
                answer.append(' ');
            }
            answer.append(SOURCE_MARKERS.matcher(c.sentence()).replaceAll("").strip()).append(" [").append(ref).append(']');
        }
        return new ComposedAnswer(answer.toString(), List.copyOf(citations));
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
