package org.factually.assistant.answering;

import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.articles.Article;
import org.factually.assistant.articles.ArticleLinks;
import org.factually.assistant.articles.ClaimReview;
import org.factually.assistant.articles.Passage;
import org.factually.assistant.articles.PassageKind;
import org.factually.assistant.articles.ReviewedClaim;
import org.factually.assistant.common.SentenceSplitter;
import org.factually.assistant.retrieval.TermAnalyzer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Answers a question about a claim: the verdict first (the article's ruling sentence, or a verdict line from its
 * ClaimReview metadata cited as kind {@code claimReview}), who made the claim, then the strongest sentences of the
 * article's reasoning. A claim no article reviewed gets no answer, whatever passages are near it.
 */
@ApplicationScoped
public class ClaimAnswers {

    /** A composed verdict answer and the claim review it gives the verdict of. */
    public record Composed(ComposedAnswer answer, ReviewedClaim claimReview) {
    }

    /** The verdict answer if a reviewed claim matched, the articles of near claims to suggest, and the matching scores. */
    public record Reply(Optional<Composed> composed, List<SuggestedArticle> suggestions, ClaimScores scores) {
    }

    /** What the claim step measured, kept with the answer record. */
    public record ClaimScores(String claim, String claimant, Long matchedClaimReview, List<ClaimMatcher.Candidate> candidates) {
    }

    /** An article's conclusion about a claim one of its sentences reports: its ruling sentence (with the passage it is in) or its verdict line. */
    public record Conclusion(String sentence, Passage passage, Article article, ReviewedClaim claim) {
    }

    // The reasoning repeats the claim when a sentence holds this share of the claim's words and reports someone saying it.
    private static final double REPEATS_CLAIM = 0.5;
    private static final Pattern ENDS_IN_QUOTE = Pattern.compile("[\"”’']\\W*$");

    private final ClaimMatcher matcher;
    private final ClaimTexts texts;
    private final TermAnalyzer analyzer;
    private final ClaimConfig config;
    private final AnswerConfig answering;

    public ClaimAnswers(ClaimMatcher matcher, ClaimTexts texts, TermAnalyzer analyzer, ClaimConfig config, AnswerConfig answering) {
        this.matcher = matcher;
        this.texts = texts;
        this.analyzer = analyzer;
        this.config = config;
        this.answering = answering;
    }

    public Reply answer(ClaimQuestions.ClaimQuestion question) {
        ClaimMatcher.Matching matching = matcher.match(question);
        ClaimScores scores = new ClaimScores(question.claim(), question.claimant(),
                matching.match().map(m -> m.id).orElse(null), matching.candidates());
        if (matching.match().isEmpty()) {
            return new Reply(Optional.empty(), suggestions(matching.candidates()), scores);
        }
        return new Reply(Optional.of(compose(matching.match().get())), List.of(), scores);
    }

    private Composed compose(ClaimReview review) {
        Article article = Article.findById(review.articleId);
        List<Passage> passages = Passage.ofArticle(review.articleId).stream().filter(p -> p.kind != PassageKind.TITLE).toList();
        ReviewedClaim claim = ReviewedClaim.of(review, article.checkedOn, ArticleLinks.article(article.id));
        Answer answer = new Answer(article);
        Sentence ruling = review.rulingSentence == null ? null : find(passages, review.rulingSentence);
        // The ruling sentence does not say whose claim it rules on; the article's attribution does, and keeps its words.
        Sentence attribution = null;
        if (ruling != null) {
            answer.quote(ruling);
            if (review.claimant != null) {
                attribution = sentences(passages).stream()
                        .filter(s -> s.text().contains(review.claimant) && Attribution.reports(s.text()))
                        .findFirst().orElse(null);
            }
        } else {
            answer.verdictLine(texts.verdictLine(claim));
        }
        ClaimWords claimWords = ClaimWords.of(review.claim, analyzer);
        int reasons = 0;
        for (Sentence s : sentences(passages)) {
            if (reasons == config.reasoningSentences()) {
                break;
            }
            // A sentence ending in a closing quote mark runs into the next one for a reader splitting at full stops.
            if (answer.has(s) || s.text().endsWith("?") || s.text().split("\\s+").length < answering.minSentenceWords()
                    || ENDS_IN_QUOTE.matcher(s.text()).find() || s.equals(attribution)
                    || (ruling != null && s.text().equals(ruling.text()))
                    || (Attribution.reports(s.text()) && claimWords.coveredBy(ClaimWords.of(s.text(), analyzer)) >= REPEATS_CLAIM)) {
                continue;
            }
            answer.quote(s);
            reasons++;
        }
        // Last, since it ends in the claim's closing quote mark: who made the claim, in the article's words.
        if (attribution != null) {
            answer.quote(attribution);
        }
        return new Composed(new ComposedAnswer(answer.text.toString(), List.copyOf(answer.citations), claim), claim);
    }

    /**
     * The verdict an article gives on the claim that one of its sentences reports someone making, if the article
     * reviewed that claim: a reported claim is never shown without it. The ruling sentence ("We rate this claim …")
     * follows the report it rules on; without one, the verdict line names the claim itself. A report of some other
     * claim than the ones the article rated has no conclusion here.
     */
    public Optional<Conclusion> conclusionOn(String articleId, String reportedSentence) {
        ClaimWords said = ClaimWords.of(reportedSentence, analyzer);
        ClaimReview review = null;
        double best = REPEATS_CLAIM;
        for (ClaimReview r : ClaimReview.ofArticle(articleId)) {
            double repeated = ClaimWords.of(r.claim, analyzer).coveredBy(said);
            if (repeated >= best) {
                review = r;
                best = repeated;
            }
        }
        if (review == null) {
            return Optional.empty();
        }
        Article article = Article.findById(articleId);
        ReviewedClaim claim = ReviewedClaim.of(review, article.checkedOn, ArticleLinks.article(article.id));
        Sentence ruling = review.rulingSentence == null ? null
                : find(Passage.ofArticle(articleId).stream().filter(p -> p.kind != PassageKind.TITLE).toList(), review.rulingSentence);
        return Optional.of(ruling != null ? new Conclusion(ruling.text(), ruling.passage(), article, claim)
                : new Conclusion(texts.verdictLine(claim), null, article, claim));
    }

    private record Sentence(Passage passage, String text) {
    }

    /** The answer as it is written: each sentence followed by the marker of what it is quoted from. */
    private static final class Answer {
        final Article article;
        final StringBuilder text = new StringBuilder();
        final List<StoredCitation> citations = new ArrayList<>();
        final Map<Long, Integer> refs = new LinkedHashMap<>();
        final List<String> quoted = new ArrayList<>();

        Answer(Article article) {
            this.article = article;
        }

        boolean has(Sentence s) {
            return quoted.contains(s.text());
        }

        void quote(Sentence s) {
            int ref = refs.computeIfAbsent(s.passage().id, id -> {
                citations.add(StoredCitation.of(citations.size() + 1, s.passage(), article));
                return citations.size();
            });
            quoted.add(s.text());
            append(AnswerComposer.SOURCE_MARKERS.matcher(s.text()).replaceAll("").strip(), ref);
        }

        void verdictLine(String line) {
            int ref = citations.size() + 1;
            citations.add(StoredCitation.verdictLine(ref, line, article));
            append(line, ref);
        }

        private void append(String sentence, int ref) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(sentence).append(" [").append(ref).append(']');
        }
    }

    private static List<Sentence> sentences(List<Passage> passages) {
        List<Sentence> out = new ArrayList<>();
        for (Passage p : passages) {
            for (SentenceSplitter.Span span : SentenceSplitter.split(p.text)) {
                String s = span.of(p.text).strip();
                if (!s.isEmpty()) {
                    out.add(new Sentence(p, s));
                }
            }
        }
        return out;
    }

    private static Sentence find(List<Passage> passages, String sentence) {
        return sentences(passages).stream().filter(s -> s.text().equals(sentence)).findFirst().orElse(null);
    }

    private List<SuggestedArticle> suggestions(List<ClaimMatcher.Candidate> candidates) {
        Map<String, SuggestedArticle> byArticle = new LinkedHashMap<>();
        for (ClaimMatcher.Candidate c : candidates) {
            if (c.similarity() >= answering.minSimilarity() && byArticle.size() < answering.suggestedArticles()) {
                Article a = Article.findById(c.articleId());
                ClaimReview other = ClaimReview.findById(c.claimReviewId());
                byArticle.putIfAbsent(a.id, new SuggestedArticle(a.id, a.title, ArticleLinks.article(a.id), other.claim));
            }
        }
        return List.copyOf(byArticle.values());
    }
}
