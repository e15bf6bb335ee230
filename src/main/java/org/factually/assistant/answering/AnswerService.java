package org.factually.assistant.answering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.factually.assistant.retrieval.PassageHit;
import org.factually.assistant.retrieval.RetrievalService;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A question's walk, one step after another: understand it, serve the newsroom's reviewed answer if there is one,
 * otherwise retrieve, decide, compose; record the reply either way.
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

    public AnswerService(QuestionReader reader, PublishedAnswers published, RetrievalService retrieval, AnswerDecider decider,
                         AnswerComposer composer, AnswerRecorder recorder, AnswerMetrics metrics) {
        this.reader = reader;
        this.published = published;
        this.retrieval = retrieval;
        this.decider = decider;
        this.composer = composer;
        this.recorder = recorder;
        this.metrics = metrics;
    }

    @Transactional
    public AnswerReply answer(String text) {
        long started = System.nanoTime();
        Question question = reader.read(text);
        AnswerRecord record = published.published(question)
                .filter(match -> question.asksSameKindAs(match.reviewed().question))
                .map(match -> recorder.servedFromReview(question, match))
                .orElseGet(() -> answerAfresh(question));
        AnswerReply reply = recorder.record(record, started);
        metrics.record(reply.status(), Duration.ofNanos(System.nanoTime() - started));
        return reply;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AnswerReply> find(UUID id) {
        return AnswerRecord.<AnswerRecord>findByIdOptional(id).map(AnswerRecord::toReply);
    }

    private AnswerRecord answerAfresh(Question question) {
        RetrievalService.Retrieval found = retrieval.retrieve(question.searchable(), question.vector());
        AnswerDecider.Decision decision = decider.decide(question, found);
        if (!decision.answered()) {
            return recorder.unknown(question, composer.suggestions(found.hits()), scores(question, found, decision, null));
        }
        ComposedAnswer answer = composer.compose(decision.sentences());
        // An editor rejected exactly this answer to this question: saying nothing is better than repeating it.
        Optional<UUID> rejected = published.rejected(question, answer.text());
        if (rejected.isPresent()) {
            return recorder.unknown(question, composer.suggestions(found.hits()), scores(question, found, decision, rejected.get().toString()));
        }
        return recorder.answered(question, answer, scores(question, found, decision, null));
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
