package org.factually.assistant.answering;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.factually.assistant.retrieval.PassageHit;
import org.factually.assistant.retrieval.RetrievalService;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A question's walk, one step after another: check it; repeat the decision made for the same normalised question
 * if nothing changed since ({@link DecisionCache}); otherwise understand it, serve the newsroom's reviewed answer if
 * there is one, or retrieve, decide, compose; record the reply either way, every answer as its own.
 */
@ApplicationScoped
public class AnswerService {

    private final QuestionReader reader;
    private final PublishedAnswers published;
    private final RetrievalService retrieval;
    private final AnswerDecider decider;
    private final AnswerComposer composer;
    private final AnswerRecorder recorder;
    private final AnswerMetrics metrics;
    private final ClaimAnswers claims;
    private final QuestionStages stages;
    private final DecisionCache cache;
    private final DecisionCacheConfig cacheConfig;

    public AnswerService(QuestionReader reader, PublishedAnswers published, RetrievalService retrieval, AnswerDecider decider,
                         AnswerComposer composer, AnswerRecorder recorder, AnswerMetrics metrics, ClaimAnswers claims,
                         QuestionStages stages, DecisionCache cache, DecisionCacheConfig cacheConfig) {
        this.claims = claims;
        this.reader = reader;
        this.published = published;
        this.retrieval = retrieval;
        this.decider = decider;
        this.composer = composer;
        this.recorder = recorder;
        this.metrics = metrics;
        this.stages = stages;
        this.cache = cache;
        this.cacheConfig = cacheConfig;
    }

    /**
     * A repeat is recorded outside any transaction ({@link AnswerRecorder#recordRepeat}); a question decided afresh is
     * decided and recorded in a transaction of its own, which a caller's transaction does not extend.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AnswerReply answer(String text) {
        long started = System.nanoTime();
        String normalized = reader.check(text);
        Optional<CachedDecision> cached = cacheConfig.enabled() ? cache.get(normalized) : Optional.empty();
        if (cached.isEmpty()) {
            return QuarkusTransaction.requiringNew().call(() -> decided(text, normalized, cache.begin(), started,
                    stages.since(QuestionStages.Stage.CACHE, started)));
        }
        stages.since(QuestionStages.Stage.CACHE, started);
        AnswerRecorder.Repeat repeat = recorder.recordRepeat(text, normalized, cached.get(), started);
        // A stale decision's failed copy belongs to no stage of the walk that follows; the total still counts it.
        return repeat.reply().map(reply -> measured(reply, started))
                .orElseGet(() -> QuarkusTransaction.requiringNew().call(() -> decided(text, normalized, repeat.generation(),
                        started, System.nanoTime())));
    }

    /** {@code stage}: when the walk's stages after the cache check start. Within the answer's transaction. */
    private AnswerReply decided(String text, String normalized, long generation, long started, long stage) {
        AnswerRecord record = decide(text, generation, stage);
        AnswerReply reply = recorder.record(record, started);
        if (cacheConfig.enabled()) {
            cache.put(normalized, CachedDecision.of(record, generation));
        }
        return measured(reply, started);
    }

    private AnswerReply measured(AnswerReply reply, long started) {
        metrics.record(reply.status(), Duration.ofNanos(System.nanoTime() - started));
        return reply;
    }

    /** A recorded answer as readers read it now, and whether editors have withdrawn it from them. */
    public record ForReaders(AnswerReply reply, boolean withdrawn) {
    }

    /**
     * A recorded answer as readers read it now: the reviewed version once editors published it (see
     * {@link AnswerRecord#toReaderReply}). It is withdrawn when editors rejected it; or, served from a reviewed answer,
     * rejected that one since; or rejected the same draft text given to the same question (a repeat of a rejected
     * decision, or another asking decided alike). A published answer shows its reviewed text.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ForReaders> findForReaders(UUID id) {
        return AnswerRecord.<AnswerRecord>findByIdOptional(id).map(r -> new ForReaders(r.toReaderReply(), withdrawn(r)));
    }

    private boolean withdrawn(AnswerRecord answer) {
        if (rejected(answer)) {
            return true;
        }
        if (answer.servedFrom != null) {
            return AnswerRecord.<AnswerRecord>findByIdOptional(answer.servedFrom).map(AnswerService::rejected).orElse(false);
        }
        return !answer.published && AnswerReply.ANSWERED.equals(answer.status) && published.rejected(answer).isPresent();
    }

    private static boolean rejected(AnswerRecord answer) {
        return ReviewStates.REJECTED.equals(answer.reviewState);
    }

    /** A question whether a claim is true: the verdict of the article that reviewed that claim, or "I don't know". */
    private AnswerRecord answerClaim(Question question, ClaimQuestions.ClaimQuestion claim) {
        long started = System.nanoTime();
        ClaimAnswers.Reply reply = claims.answer(claim);
        Optional<UUID> rejected = reply.composed().flatMap(c -> published.rejected(question, c.answer().text()));
        AnswerScores scores = AnswerScores.claimed(reply.scores(), rejected.map(UUID::toString).orElse(null),
                question.embeddingMicros(), (System.nanoTime() - started) / 1000);
        if (reply.composed().isEmpty() || rejected.isPresent()) {
            return recorder.unknown(question, reply.suggestions(), scores);
        }
        AnswerRecord record = recorder.answered(question, reply.composed().get().answer(), scores);
        record.claimReview = reply.composed().get().claimReview();
        return record;
    }

    private AnswerRecord decide(String text, long generation, long started) {
        Question question = reader.read(text);
        long stage = stages.since(QuestionStages.Stage.EMBEDDING, started);
        Optional<PublishedAnswers.Match> match = published.published(question)
                .filter(m -> question.asksSameKindAs(m.reviewed().question));
        long looked = stages.since(QuestionStages.Stage.LOOKUP, stage);
        return match.map(m -> recorder.servedFromReview(question, m))
                .orElseGet(() -> claimAsked(question)
                        .map(claim -> answerClaim(question, claim))
                        .orElseGet(() -> answerAfresh(question, generation, looked)));
    }

    /**
     * The claim a question asks about: in the whole of it (a claim quoted whole may hold a full stop), or else in the
     * question after what the reader told ("My uncle shared this. Is it true that …?").
     */
    private static Optional<ClaimQuestions.ClaimQuestion> claimAsked(Question question) {
        return ClaimQuestions.read(question.whole())
                .or(() -> question.context().isEmpty() ? Optional.empty() : ClaimQuestions.read(question.searchable()));
    }

    private AnswerRecord answerAfresh(Question question, long generation, long started) {
        RetrievalService.Retrieval found = retrieval.retrieve(question.searchable(), question.whole(), question.vector(), generation);
        long stage = stages.since(QuestionStages.Stage.SEARCH, started);
        AnswerDecider.Decision decision = decider.decide(question, found);
        stage = stages.since(QuestionStages.Stage.DECISION, stage);
        try {
            if (!decision.answered()) {
                return recorder.unknown(question, composer.suggestions(found.hits()), scores(question, found, decision, null));
            }
            ComposedAnswer answer = composer.compose(decision.sentences());
            // An editor rejected exactly this answer to this question: saying nothing is better than repeating it.
            Optional<UUID> rejected = published.rejected(question, answer.text());
            if (rejected.isPresent()) {
                return recorder.unknown(question, composer.suggestions(found.hits()), scores(question, found, decision, rejected.get().toString()));
            }
            AnswerRecord record = recorder.answered(question, answer, scores(question, found, decision, null));
            record.claimReview = answer.claimReview();
            return record;
        } finally {
            stages.since(QuestionStages.Stage.COMPOSITION, stage);
        }
    }

    private static AnswerScores scores(Question question, RetrievalService.Retrieval found, AnswerDecider.Decision decision, String rejectedDraft) {
        List<AnswerScores.PassageScore> passages = found.hits().stream().map(AnswerService::scoreOf).toList();
        return AnswerScores.decided(decision.scores(), passages, rejectedDraft, question.embeddingMicros(), found.analysisMicros(), found.searchMicros());
    }

    private static AnswerScores.PassageScore scoreOf(PassageHit hit) {
        return new AnswerScores.PassageScore(hit.passageId(), hit.articleId(), hit.position(), Math.round(hit.similarity() * 1000) / 1000.0,
                hit.vectorRank(), hit.textRank(), Math.round(hit.fusedScore() * 10000) / 10000.0);
    }
}
