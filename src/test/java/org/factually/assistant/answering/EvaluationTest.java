package org.factually.assistant.answering;

import io.quarkus.test.junit.QuarkusTest;
import org.factually.assistant.EvalScoring;
import org.factually.assistant.SharedCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Puts the shared evaluation questions through the API and holds the service to the product's bars,
 * scored as ../shared/eval/score.py scores them.
 */
@QuarkusTest
class EvaluationTest {

    private static List<EvalScoring.Outcome> outcomes;

    // Once per class, but in @BeforeEach: only then has Quarkus pointed RestAssured at this application's port.
    @BeforeEach
    void askEveryQuestionOnce() {
        if (outcomes == null) {
            outcomes = EvalScoring.ask(SharedCorpus.DEV_QUESTIONS);
        }
    }

    private static double share(Set<String> kinds) {
        List<EvalScoring.Outcome> of = outcomes.stream().filter(o -> kinds.contains(o.kind())).toList();
        return (double) of.stream().filter(EvalScoring.Outcome::correct).count() / of.size();
    }

    @Test
    void atLeastFifteenOfSeventeenAnswerableQuestionsAreAnsweredWithEvidence() {
        assertThat(share(Set.of("answerable"))).as(EvalScoring.failures(outcomes)).isGreaterThanOrEqualTo(15.0 / 17);
    }

    @Test
    void atLeastTenOfElevenOtherQuestionsGetTheRightReply() {
        assertThat(share(Set.of("unanswerable", "out_of_domain", "adversarial"))).as(EvalScoring.failures(outcomes))
                .isGreaterThanOrEqualTo(10.0 / 11);
    }

    @Test
    void truthfulnessIsAtLeastPointEight() {
        assertThat(EvalScoring.truthfulness(outcomes)).as(EvalScoring.failures(outcomes)).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void everySentenceOfEveryAnswerIsGroundedInItsQuotes() {
        assertThat(outcomes.stream().flatMap(o -> o.ungrounded().stream()).toList()).isEmpty();
    }
}
