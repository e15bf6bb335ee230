package org.factually.assistant.answering;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.factually.assistant.Newsroom;
import org.factually.assistant.PartnerApi;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Questions about claims, on the real PolitiFact checks loaded beside the site's articles. */
@QuarkusTest
@TestProfile(ClaimCorpusProfile.class)
class ClaimAnswerTest {

    @Test
    void aClaimReviewedInMetadataIsAnsweredWithAVerdictLineCitedAsClaimReview() {
        JsonPath reply = PartnerApi.ask("Is it true that the Medicaid expansion is going to cost Florida $1.9 billion a year?");
        assertThat(reply.getString("status")).isEqualTo("answered");
        assertThat(reply.getString("answer")).startsWith(
                "PolitiFact rated the claim \"The Medicaid expansion is going to cost Florida $1.9 billion a year\" by Rick Scott False. [1]");
        assertThat(reply.getString("citations[0].kind")).isEqualTo("claimReview");
        assertThat(reply.getString("citations[0].quote")).isEqualTo(
                "PolitiFact rated the claim \"The Medicaid expansion is going to cost Florida $1.9 billion a year\" by Rick Scott False.");
        assertThat(reply.getString("citations[0].url")).isEqualTo("/articles/pf-6200");
        assertThat(reply.getList("citations.kind")).hasSizeGreaterThan(1);
    }

    @Test
    void aClaimAskedAfterWhatTheReaderTellsIsAnsweredWithItsVerdict() {
        JsonPath reply = PartnerApi.ask("My uncle shared this on Facebook. Is it true that the Medicaid expansion is going to cost Florida $1.9 billion a year?");
        assertThat(reply.getString("status")).isEqualTo("answered");
        assertThat(reply.getString("answer")).startsWith("PolitiFact rated the claim \"The Medicaid expansion is going to cost Florida $1.9 billion a year\"");
    }

    @Test
    void theReplyCarriesTheClaimReviewWithItsRatingScale() {
        JsonPath reply = PartnerApi.ask("True or false: the Medicaid expansion is going to cost Florida $1.9 billion a year.");
        assertThat(reply.getString("claimReview.claim")).isEqualTo("The Medicaid expansion is going to cost Florida $1.9 billion a year.");
        assertThat(reply.getString("claimReview.claimant")).isEqualTo("Rick Scott");
        assertThat(reply.getString("claimReview.verdict")).isEqualTo("False");
        assertThat(reply.getInt("claimReview.ratingValue")).isEqualTo(2);
        assertThat(reply.getInt("claimReview.bestRating")).isEqualTo(6);
        assertThat(reply.getInt("claimReview.worstRating")).isEqualTo(1);
        assertThat(reply.getString("claimReview.articleId")).isEqualTo("pf-6200");
        assertThat(reply.getString("claimReview.url")).isEqualTo("/articles/pf-6200");
    }

    @Test
    void aClaimRuledOnInTheTextIsAnsweredWithTheRulingSentenceFirstAndWhoMadeIt() {
        JsonPath reply = PartnerApi.ask("Did Dick Cheney really say that we have four combat-ready brigades out of 40 in the U.S. Army?");
        assertThat(reply.getString("status")).isEqualTo("answered");
        assertThat(reply.getString("answer")).startsWith("We rate this claim Mostly False. [1]").contains("Dick Cheney said");
        assertThat(reply.getString("citations[0].kind")).isEqualTo("passage");
        assertThat(reply.getList("citations.articleId")).containsOnly("pf-10024");
        assertThat(reply.getString("claimReview.source")).isEqualTo("ruling-sentence");
    }

    @Test
    void aCheckedClaimWithOneNumberChangedIsUnknown() {
        JsonPath reply = PartnerApi.ask("Is it true that the Medicaid expansion is going to cost Florida $4.2 billion a year?");
        assertThat(reply.getString("status")).isEqualTo("unknown");
        assertThat(reply.getList("citations")).isEmpty();
        assertThat(reply.getMap("$")).doesNotContainKey("claimReview");
    }

    @Test
    void aCheckedClaimWithThePlaceChangedIsUnknown() {
        JsonPath reply = PartnerApi.ask("Is it true that the Medicaid expansion is going to cost Texas $1.9 billion a year?");
        assertThat(reply.getString("status")).isEqualTo("unknown");
    }

    @Test
    void aCheckedClaimSaidToBeSomeoneElsesIsUnknown() {
        JsonPath reply = PartnerApi.ask("Did Marco Rubio really say that the Medicaid expansion is going to cost Florida $1.9 billion a year?");
        assertThat(reply.getString("status")).isEqualTo("unknown");
    }

    @Test
    void theReportingSentenceKeepsTheWordsNamingWhoSaysIt() {
        JsonPath reply = PartnerApi.ask("Is it true that we have four combat-ready brigades out of 40 in the U.S. Army?");
        assertThat(reply.getString("answer")).contains(
                "Dick Cheney said in a broadcast of \"Hannity\" on Fox News: \u201cWe have four combat-ready brigades out of 40 in the U.S. Army.\u201d");
        // ... and never without the article's conclusion before it
        assertThat(reply.getString("answer").indexOf("We rate this claim Mostly False.")).isZero();
    }

    @Test
    void aReportedClaimQuotedInAnOrdinaryAnswerIsFollowedByTheArticlesRuling() {
        // Not a claim question: the sentence nearest it is Cheney's claim, which must not stand without its verdict.
        JsonPath reply = PartnerApi.ask("How many combat-ready brigades does the U.S. Army have?");
        String answer = reply.getString("answer");
        assertThat(answer).contains("Dick Cheney said").contains("We rate this claim Mostly False.");
        assertThat(answer.indexOf("We rate this claim Mostly False.")).isGreaterThan(answer.indexOf("Dick Cheney said"));
        assertThat(reply.getString("claimReview.verdict")).isEqualTo("Mostly False");
        assertThat(reply.getList("citations.articleId")).contains("pf-10024");
    }

    @Test
    void aReportedClaimOfAnArticleWithoutARulingSentenceIsFollowedByItsVerdictLine() {
        JsonPath reply = PartnerApi.ask("What did Rick Scott say the Medicaid expansion would cost Florida?");
        assertThat(reply.getString("answer")).contains(
                "PolitiFact rated the claim \"The Medicaid expansion is going to cost Florida $1.9 billion a year\" by Rick Scott False.");
        assertThat(reply.getList("citations.kind")).contains("claimReview");
        assertThat(reply.getString("claimReview.claimant")).isEqualTo("Rick Scott");
    }

    @Test
    void aClaimNoArticleCheckedIsUnknownEvenWhenItsTopicIsCovered() {
        JsonPath reply = PartnerApi.ask("Is it true that the Medicaid expansion is going to cost Florida nothing at all?");
        assertThat(reply.getString("status")).isEqualTo("unknown");
    }

    @Test
    void anApprovedVerdictAnswerServedAgainKeepsItsClaimReview() {
        Instant started = Instant.now();
        try {
            String question = "Is it true that my campaign alone has created more jobs in the state of Rhode Island than Narragansett Beer?";
            JsonPath draft = PartnerApi.ask(question);
            assertThat(draft.getString("claimReview.articleId")).isNotNull();
            Newsroom.ensureAccounts();
            Newsroom.login(Newsroom.EDITOR).decide(draft.getString("id"), "approve");

            JsonPath served = PartnerApi.ask(question);
            assertThat(served.getString("reviewed.kind")).isEqualTo("approved");
            assertThat(served.getString("claimReview.articleId")).isEqualTo(draft.getString("claimReview.articleId"));
            assertThat(served.getString("claimReview.verdict")).isEqualTo(draft.getString("claimReview.verdict"));
            // Asked once more, the decision is repeated (decision cache) with the claim review still on it.
            assertThat(PartnerApi.ask(question).getString("claimReview.verdict")).isEqualTo(draft.getString("claimReview.verdict"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> AnswerRecord.delete("createdAt >= ?1", started));
        }
    }

    @Test
    void theChecksSuggestedForAnUncheckedClaimAreLabelledAsChecksOfOtherClaims() {
        JsonPath reply = PartnerApi.ask("Is it true that the Medicaid expansion is going to cost Florida $4.2 billion a year?");
        assertThat(reply.getList("suggestions")).isNotEmpty();
        assertThat(reply.getList("suggestions.checksOtherClaim", String.class))
                .contains("The Medicaid expansion is going to cost Florida $1.9 billion a year.")
                .doesNotContainNull();
    }

    @Test
    void aPlaceOnlyArticlesOnOtherSubjectsNameDoesNotMakeAnAnswer() {
        // Ohio is in many checks, 287(g) only in the site's articles: no article names both.
        JsonPath reply = PartnerApi.ask("Which Ohio counties signed up for 287(g)?");
        assertThat(reply.getString("status")).isEqualTo("unknown");
    }

    @Test
    void aHowQuestionIsNotAnsweredByAPassageThatNeverDoesWhatItAsks() {
        // A PolitiFact check says SAVE verifies citizenship for driver's licenses; no article says how to renew one.
        JsonPath reply = PartnerApi.ask("How do I renew a driver's license?");
        assertThat(reply.getString("status")).isEqualTo("unknown");
        assertThat(reply.getList("citations")).isEmpty();
    }
}
