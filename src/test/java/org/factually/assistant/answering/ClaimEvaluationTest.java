package org.factually.assistant.answering;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.factually.assistant.EvalScoring;
import org.factually.assistant.SharedCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the site's articles and the PolitiFact checks loaded together, ../shared/eval/claim-questions.jsonl (and our own
 * questions in other forms) through the API, held to the bars of issue 9, scored as score.py scores them.
 */
@QuarkusTest
@TestProfile(ClaimCorpusProfile.class)
class ClaimEvaluationTest {

    private static final Path OWN_QUESTIONS = Path.of("src/test/resources/claims/own-claim-questions.jsonl");

    private static List<EvalScoring.Outcome> claims;
    private static List<EvalScoring.Outcome> own;
    private static List<EvalScoring.Outcome> dev;

    @BeforeEach
    void askEveryQuestionOnce() {
        if (claims == null) {
            claims = EvalScoring.ask(SharedCorpus.CLAIM_QUESTIONS);
            own = EvalScoring.ask(OWN_QUESTIONS);
            dev = EvalScoring.ask(SharedCorpus.DEV_QUESTIONS);
        }
    }

    @Test
    void atLeast135Of150CheckedClaimsGetTheirVerdictAndCiteTheArticle() {
        assertThat(EvalScoring.correct(claims, "claim_checked")).as(EvalScoring.failures(claims)).isGreaterThanOrEqualTo(135);
    }

    @Test
    void atLeast45Of50ClaimsWithANumberChangedAreUnknown() {
        assertThat(EvalScoring.correct(claims, "claim_altered")).as(EvalScoring.failures(claims)).isGreaterThanOrEqualTo(45);
    }

    @Test
    void atLeast140Of150ClaimsNoArticleCheckedAreUnknown() {
        assertThat(EvalScoring.correct(claims, "claim_unchecked")).as(EvalScoring.failures(claims)).isGreaterThanOrEqualTo(140);
    }

    @Test
    void everySentenceOfEveryClaimAnswerIsGroundedInItsQuotes() {
        assertThat(claims.stream().flatMap(o -> o.ungrounded().stream()).toList()).isEmpty();
        assertThat(own.stream().flatMap(o -> o.ungrounded().stream()).toList()).isEmpty();
    }

    @Test
    void claimQuestionsInOtherFormsReachTruthfulnessOfPointSevenFive() {
        assertThat(EvalScoring.truthfulness(own)).as(EvalScoring.failures(own)).isGreaterThanOrEqualTo(0.75);
    }

    // The product's bar: with the 600 checks loaded the site's questions are decided on the statistics of the articles
    // nearest them, so the other subjects do not change the decision (measured 27/28 on 2026-12-02; dev-a08 is refused).
    @Test
    void theSitesDevQuestionsScoreAtLeast27Of28WithTheChecksLoaded() {
        assertThat(dev.stream().filter(EvalScoring.Outcome::correct).count()).as(EvalScoring.failures(dev)).isGreaterThanOrEqualTo(27);
    }
}
