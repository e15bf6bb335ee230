package org.factually.assistant.answering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.factually.assistant.common.ProblemException;
import org.factually.assistant.common.Vectors;
import org.factually.assistant.ingestion.Passage;
import org.factually.assistant.retrieval.EmbeddingService;
import org.factually.assistant.retrieval.PassageHit;
import org.factually.assistant.retrieval.RetrievalService;
import org.factually.assistant.review.ReviewedAnswers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * From a question to a recorded answer: validate; repeat the decision made for the same normalised question if
 * nothing changed since ({@link DecisionCache}); otherwise serve the newsroom's reviewed answer if there is one,
 * or retrieve, decide, compose with citations; record either way, every answer as its own.
 */
@ApplicationScoped
public class AnswerService {

    // The articles' own source markers ("[1] [2]") point into the article's source list, not ours.
    private static final Pattern SOURCE_MARKERS = Pattern.compile("\\s*(\\[\\d+\\]\\s*)+(?=[.,;:!?]|$)|(\\[\\d+\\]\\s*)+");

    private final EmbeddingService embeddings;
    private final RetrievalService retrieval;
    private final AnswerComposer composer;
    private final ReviewedAnswers reviewed;
    private final Prompts prompts;
    private final AnswerConfig config;
    private final AnswerMetrics metrics;
    private final QuestionStages stages;
    private final DecisionCache cache;
    private final DecisionCacheConfig cacheConfig;
    private final Event<AnswerRecorded> recorded;

    public AnswerService(EmbeddingService embeddings, RetrievalService retrieval, AnswerComposer composer,
                         ReviewedAnswers reviewed, Prompts prompts, AnswerConfig config, AnswerMetrics metrics,
                         QuestionStages stages, DecisionCache cache, DecisionCacheConfig cacheConfig, Event<AnswerRecorded> recorded) {
        this.embeddings = embeddings;
        this.retrieval = retrieval;
        this.composer = composer;
        this.reviewed = reviewed;
        this.prompts = prompts;
        this.config = config;
        this.metrics = metrics;
        this.stages = stages;
        this.cache = cache;
        this.cacheConfig = cacheConfig;
        this.recorded = recorded;
    }

    @Transactional
    public AnswerReply answer(String question) {
        long started = System.nanoTime();
        validate(question);
        String normalized = QuestionText.normalize(question);
        long generation = cache.begin();
        Optional<CachedDecision> cached = cacheConfig.enabled() ? cache.get(normalized, generation) : Optional.empty();
        long stage = stages.since(QuestionStages.Stage.CACHE, started);

        AnswerRecord record = new AnswerRecord();
        record.id = UUID.randomUUID();
        record.question = question;
        record.normalizedQuestion = normalized;
        record.createdAt = Instant.now();
        if (cached.isPresent()) {
            cached.get().applyTo(record);
        } else {
            decide(record, question, stage);
            if (cacheConfig.enabled()) {
                cache.put(normalized, CachedDecision.of(record, generation));
            }
        }
        long recording = System.nanoTime();
        record.totalMs = (int) ((recording - started) / 1_000_000);
        record.persist();
        recorded.fire(new AnswerRecorded(record.id, record.status));
        AnswerRecord.flush();
        // Written once, never changed here: without this, Hibernate's dirty check of the JSON scores (a set written,
        // a list read back) would update the row again at commit, one more statement per question.
        AnswerRecord.getEntityManager().detach(record);
        stages.since(QuestionStages.Stage.RECORDING, recording);
        metrics.record(record.status, Duration.ofNanos(System.nanoTime() - started));
        return record.toReply();
    }

    /** Serves the newsroom's reviewed answer if there is one, otherwise answers afresh. */
    private void decide(AnswerRecord record, String question, long started) {
        String searchable = QuestionText.clean(question);
        // One embedding serves both the reviewed-answer lookup and retrieval, and is kept with the record.
        float[] vector = embeddings.embedQuestion(searchable);
        long embeddingMicros = (System.nanoTime() - started) / 1000;
        long stage = stages.since(QuestionStages.Stage.EMBEDDING, started);
        record.questionEmbedding = Vectors.literal(vector);
        // Questions close in embedding may still ask for different kinds of fact ("what is" / "when did"): the kind must agree.
        Optional<ReviewedAnswers.Match> match = reviewed.published(record.normalizedQuestion, vector)
                .filter(m -> AnswerType.of(searchable) == AnswerType.of(QuestionText.clean(m.reviewed().question)));
        stages.since(QuestionStages.Stage.LOOKUP, stage);
        if (match.isPresent()) {
            serveReviewed(record, match.get(), embeddingMicros);
        } else {
            answerAfresh(record, searchable, vector, embeddingMicros);
        }
    }

    /** The newsroom's reviewed answer, recorded as served from it; it is no draft, so it is not queued for review. */
    private static void serveReviewed(AnswerRecord record, ReviewedAnswers.Match match, long embeddingMicros) {
        AnswerRecord source = match.reviewed();
        record.status = AnswerReply.ANSWERED;
        record.answer = source.reviewedAnswer;
        record.citations = source.reviewedCitations;
        record.suggestions = List.of();
        record.servedFrom = source.id;
        record.reviewedAt = source.reviewedAt;
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("servedFromReview", source.id.toString());
        scores.put("questionSimilarity", Math.round(match.similarity() * 1000) / 1000.0);
        scores.put("embeddingMicros", embeddingMicros);
        record.scores = scores;
        record.retrievalMs = (int) (embeddingMicros / 1000);
    }

    private void answerAfresh(AnswerRecord record, String searchable, float[] vector, long embeddingMicros) {
        long stage = System.nanoTime();
        RetrievalService.Retrieval found = retrieval.retrieve(searchable, vector);
        stage = stages.since(QuestionStages.Stage.SEARCH, stage);
        AnswerComposer.Decision decision = composer.compose(searchable, found);
        stage = stages.since(QuestionStages.Stage.DECISION, stage);
        Map<String, Object> scores = new LinkedHashMap<>(decision.scores());
        record.reviewState = ReviewStates.NEW;
        if (decision.answered()) {
            List<Citation> citations = new ArrayList<>();
            String text = compose(decision.sentences(), citations);
            Optional<UUID> rejected = reviewed.rejected(record.normalizedQuestion, vector, text);
            if (rejected.isPresent()) {
                // An editor rejected exactly this answer to this question: saying nothing is better than repeating it.
                scores.put("rejectedDraft", rejected.get().toString());
                unknown(record, found);
            } else {
                record.status = AnswerReply.ANSWERED;
                record.answer = text;
                record.citations = citations;
                record.suggestions = List.of();
            }
        } else {
            unknown(record, found);
        }
        stages.since(QuestionStages.Stage.COMPOSITION, stage);
        scores.put("passages", found.hits().stream().map(AnswerService::scoresOf).toList());
        scores.put("embeddingMicros", embeddingMicros + found.embeddingMicros());
        scores.put("searchMicros", found.searchMicros());
        record.scores = scores;
        record.retrievalMs = (int) ((embeddingMicros + found.embeddingMicros() + found.searchMicros()) / 1000);
    }

    private void unknown(AnswerRecord record, RetrievalService.Retrieval found) {
        record.status = AnswerReply.UNKNOWN;
        record.answer = prompts.noAnswer();
        record.citations = List.of();
        record.suggestions = suggestions(found.hits());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AnswerReply> find(UUID id) {
        return AnswerRecord.<AnswerRecord>findByIdOptional(id).map(AnswerRecord::toReply);
    }

    private void validate(String question) {
        if (question == null || question.isBlank()) {
            throw ProblemException.badRequest("invalid-question", "question: must be a non-empty string");
        }
        if (question.length() > config.maxQuestionLength()) {
            throw ProblemException.badRequest("question-too-long",
                    "question: must be at most " + config.maxQuestionLength() + " characters, got " + question.length());
        }
        if (QuestionText.hasControlCharacters(question)) {
            throw ProblemException.badRequest("invalid-question", "question: must not contain control characters");
        }
        if (QuestionText.clean(question).isEmpty()) {
            throw ProblemException.badRequest("invalid-question", "question: has no text once markup is removed");
        }
    }

    /** Each sentence verbatim, without the article's own source markers, followed by the marker of the passage it comes from. */
    private static String compose(List<AnswerComposer.Candidate> sentences, List<Citation> citations) {
        Map<Long, Integer> refs = new LinkedHashMap<>();
        StringBuilder answer = new StringBuilder();
        for (AnswerComposer.Candidate c : sentences) {
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
        return answer.toString();
    }

    private static Citation citationOf(int ref, PassageHit hit) {
        return new Citation(ref, hit.articleId(), hit.title(), hit.section(), hit.checkedOn(), hit.text(), hit.start(), hit.end(),
                articleUrl(hit.articleId()) + "#" + Passage.anchor(hit.position()), hit.passageId(), hit.position());
    }

    private List<SuggestedArticle> suggestions(List<PassageHit> hits) {
        Map<String, SuggestedArticle> byArticle = new LinkedHashMap<>();
        for (PassageHit hit : hits) {
            if (hit.similarity() >= config.minSimilarity() && byArticle.size() < config.suggestedArticles()) {
                byArticle.putIfAbsent(hit.articleId(), new SuggestedArticle(hit.articleId(), hit.title(), articleUrl(hit.articleId())));
            }
        }
        return List.copyOf(byArticle.values());
    }

    /** The article's page on this service's site, which citations link into. */
    public static String articleUrl(String articleId) {
        return "/articles/" + articleId;
    }

    private static Map<String, Object> scoresOf(PassageHit hit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("passageId", hit.passageId());
        m.put("articleId", hit.articleId());
        m.put("position", hit.position());
        m.put("similarity", Math.round(hit.similarity() * 1000) / 1000.0);
        m.put("vectorRank", hit.vectorRank());
        m.put("textRank", hit.textRank());
        m.put("fused", Math.round(hit.fusedScore() * 10000) / 10000.0);
        return m;
    }
}
