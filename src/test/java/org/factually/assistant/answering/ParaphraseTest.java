package org.factually.assistant.answering;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.factually.assistant.EvalScoring;
import org.factually.assistant.PartnerApi;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Questions in readers' own words that the articles answer, and the honest "I don't know" that must stay. */
@QuarkusTest
class ParaphraseTest {

    private static final Path PARAPHRASES = Path.of("src/test/resources/questions/paraphrases.jsonl");
    // Measured on 2026-12-07 (README, "Questions in readers' own words", sixth pass): 0.915; raise it when the figure rises.
    private static final double MEASURED_TRUTHFULNESS = 0.9;

    private static ValidatableResponse ask(String question) {
        return given().spec(PartnerApi.withKey()).contentType(ContentType.JSON).body(Map.of("question", question))
                .when().post("/api/v1/answers").then().statusCode(200);
    }

    @Test
    void informalWordsFindTheArticlesTerms() {
        // "take part" is the reader's phrase for the articles' "participate", "towns" their word for cities and municipalities.
        ask("Do some towns decline to take part in immigration enforcement with ICE?")
                .body("status", equalTo("answered"))
                .body("citations.quote", hasItem(anyOf(containsString("refuse to participate"), containsString("prohibiting the city"),
                        containsString("decline formal partnership"), containsString("resist 287(g)"), containsString("state prohibition laws"))));
    }

    @Test
    void aNumberInWordsIsAnsweredByItsDigits() {
        ask("Have 287(g) partnerships passed one thousand?").body("status", equalTo("answered"))
                .body("citations.quote", hasItem(containsString("1,000")));
    }

    @Test
    void britishSpellingFindsTheAmericanOne() {
        ask("What does the programme authorise deputised officers to do?").body("status", equalTo("answered"))
                .body("citations.quote", hasItem(containsString("287(g)")));
    }

    @Test
    void aHyphenatedWordMatchesItWrittenApart() {
        // "task force" asked, "task‑force" (a non-breaking hyphen) in the article.
        ask("Are more agencies opting into task force arrangements?").body("status", equalTo("answered"))
                .body("citations.quote", hasItem(containsString("arrangements")));
    }

    @Test
    void aWhoQuestionIsAnsweredByTheBodyThatDoesIt() {
        // "pays" is the question's verb, not what it asks about: the answer names who covers the costs.
        ask("Who pays to train deputized officers?").body("status", equalTo("answered"))
                .body("citations.quote", hasItem(anyOf(containsString("covers training costs"), containsString("reimbursement"))));
    }

    @Test
    void aWhenQuestionIsAnsweredByADate() {
        ask("When did DHS say the 287(g) network topped 1,000 partnerships?").body("status", equalTo("answered"))
                .body("answer", containsString("September"));
    }

    @Test
    void aHowManyQuestionIsAnsweredByANumber() {
        ask("Across about how many states do 287(g) agencies operate?").body("status", equalTo("answered"))
                .body("answer", containsString("40 states"));
    }

    @Test
    void aSentenceGivingTheQuestionsVerbAsASynonymCoversIt() {
        // The article's "permits" is a WordNet synonym of "allow"; counted for less than the reader's word, it still
        // lifts the sentence that answers over one that only reports what officials argue the deals "allow".
        ask("What does Section 287(g) allow local officers to do?").body("status", equalTo("answered"))
                .body("answer", containsString("permits state and local officers to perform certain immigration enforcement functions"));
    }

    @Test
    void ourParaphrasesScoreAtLeastTheirMeasuredFigure() {
        List<EvalScoring.Outcome> outcomes = EvalScoring.ask(PARAPHRASES);
        assertThat(EvalScoring.truthfulness(outcomes)).as(EvalScoring.failures(outcomes)).isGreaterThanOrEqualTo(MEASURED_TRUTHFULNESS);
        assertThat(outcomes.stream().filter(o -> !o.expectsAnswer())).as(EvalScoring.failures(outcomes)).allMatch(EvalScoring.Outcome::correct);
        assertThat(outcomes.stream().flatMap(o -> o.ungrounded().stream()).toList()).isEmpty();
    }

    @Test
    void aNumberInWordsMatchesItsDigits() {
        // "one thousand" in the question, "1,000" in the articles: the full-text branch finds them (textRank is set).
        List<Map<String, Object>> hits = given().spec(PartnerApi.withKey()).queryParam("q", "partnerships beyond one thousand").queryParam("limit", 50)
                .when().get("/api/v1/passages").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(hits).filteredOn(h -> ((String) h.get("text")).contains("1,000 partnerships"))
                .isNotEmpty().allSatisfy(h -> assertThat(h.get("textRank")).isNotNull());
    }

    @Test
    void aQuestionTypedInTextingShorthandIsReadAsWrittenOut() {
        // "r" is "are": read as a word of its own, it would be a word no article uses.
        ask("how many partnerships r there under 287g now").body("status", equalTo("answered"))
                .body("citations.quote", hasItem(containsString("1,000")));
    }

    @Test
    void anIdentifierSpelledAnotherWayIsTheSameProgram() {
        ask("What is the 287g program?").body("status", equalTo("answered")).body("citations.quote", hasItem(containsString("287(g)")));
        ask("What is Section 287 (g)?").body("status", equalTo("answered")).body("citations.quote", hasItem(containsString("287(g)")));
    }

    @Test
    void aWhereQuestionIsAnsweredByTheInstitutions() {
        ask("Where are people detained by deputized officers sent?")
                .body("status", equalTo("answered"))
                .body("citations.quote", hasItem(anyOf(containsString("detention centers"), containsString("ICE custody"))));
    }

    @Test
    void aWhyQuestionIsAnsweredByTheReasonInOtherWords() {
        ask("Why are rights groups against 287(g)?")
                .body("status", equalTo("answered"))
                .body("answer", anyOf(containsString("profiling"), containsString("trust"), containsString("deportation agents"), containsString("chill")));
    }

    @Test
    void aLongFormTheArticlesAbbreviateIsTheAbbreviation() {
        ask("Does Immigration and Customs Enforcement cover training costs for deputized officers?")
                .body("status", equalTo("answered"))
                .body("citations.quote", hasItem(containsString("covers training costs")));
    }

    @Test
    void aNameSpelledOutIsTheAcronymTheArticlesUse() {
        // The articles write "ACLU" and never define it; the reader writes the name out.
        ask("Which concerns did the American Civil Liberties Union of New Hampshire raise?")
                .body("status", equalTo("answered"))
                .body("citations.quote", hasItem(containsString("ACLU")));
    }

    @Test
    void askedWhatAnAbbreviationIsTheAnswerSpellsItOut() {
        // "where MOAs exist" only uses the word; the answer is the sentence saying what an MOA is.
        ask("What is an MOA under Section 287(g)?").body("status", equalTo("answered"))
                .body("citations[0].quote", containsStringIgnoringCase("memorand"));
    }

    @Test
    void aWhichQuestionIsAnsweredByASentenceNamingTheOne() {
        // "Civil-liberties groups ... argue" names no group; "Civil rights groups, notably the ACLU, ... warn" does.
        ask("Which civil-liberties group warns about racial profiling?").body("status", equalTo("answered"))
                .body("citations[0].quote", containsString("ACLU"));
    }

    @Test
    void aWhichQuestionIsNotAnsweredByASentenceNamingNoneOfThem() {
        // "local leaders weigh whether facilitating transfers to ICE aligns with community values": which leaders, it never says.
        ask("Which local leaders weigh the values of their community before transfers to ICE?")
                .body("status", equalTo("unknown")).body("citations", hasSize(0));
    }

    @Test
    void aVerbNoArticleUsesIsHowTheReaderPutsItNotWhatIsAsked() {
        // "vote" is in no article: the question is about Worcester and its 287(g) agreement, and its verb is no noun
        // ("a vote" would have WordNet's "choice" stand for it, a word the answer need not hold).
        ask("When did Worcester vote on a 287(g) agreement?").body("status", equalTo("answered"))
                .body("answer", containsString("October 2, 2025"));
    }

    @Test
    void theFactNeedNotRepeatTheQuestionsOwnVerb() {
        // "advocates say accounts for the 641% increase": the figure advocates cite, in other words than "cite".
        ask("What percentage increase in partnerships do advocates cite?").body("status", equalTo("answered"))
                .body("answer", containsString("641%"));
    }

    @Test
    void anAdjectiveAskedIsAnsweredByItsAdverb() {
        // "voluntary" asked, "agencies that voluntarily agree" in the article: WordNet links the adverb to the adjective.
        ask("Is it voluntary for an agency to sign a 287(g) arrangement?").body("status", equalTo("answered"))
                .body("citations.quote", hasItem(containsString("voluntarily agree")));
    }

    @Test
    void aPhrasalVerbIsReadAsTheVerbItMeans() {
        // "turn down" is to refuse, no kind of turning, although the articles use "turns" too.
        ask("Why do some cities turn down participation in immigration enforcement?").body("status", equalTo("answered"))
                .body("citations.quote", hasItem(containsString("refuse to participate")));
    }

    @Test
    void aPhrasalVerbsMeaningInTheArticlesDoesNotAnswerForAPersonTheyNeverName() {
        // Cities "refuse" and "decline" in the articles, and Worcester is there; whose invitation it turned down is not.
        ask("Who turned down the mayor of Worcester's invitation?").body("status", equalTo("unknown")).body("citations", hasSize(0));
    }

    @Test
    void aWayToDoWhatTheQuestionsVerbAsksCoversIt() {
        // To fund and to reimburse are ways to pay (WordNet's troponyms); no article says "pay".
        ask("Do the feds pay for the training of deputized officers?").body("status", equalTo("answered"))
                .body("citations.quote", hasItem(anyOf(containsString("covers training costs"), containsString("funding"),
                        containsString("reimbursement"))));
    }

    @Test
    void aQuestionForWhatRanksFirstIsAnsweredByASentenceThatRanks() {
        ask("What is the most explicit channel for local cooperation with ICE?").body("status", equalTo("answered"))
                .body("answer", containsString("287(g)"));
    }

    @Test
    void aQuestionForWhatRanksFirstIsNotAnsweredBySentencesThatRankNothing() {
        // The articles name counties and their deputized officers, but never which county has the most.
        ask("Which county has the most deputized officers?").body("status", equalTo("unknown")).body("citations", hasSize(0));
    }

    @Test
    void aSentenceRankingHowSomethingIsDoneDoesNotSayWhichThingRanksFirst() {
        // "participates ... most prominently through the federal 287(g) delegation ... across roughly 40 states" ranks
        // ways of taking part, not states.
        ask("Which state has the most 287(g) agreements?").body("status", equalTo("unknown")).body("citations", hasSize(0));
    }

    @Test
    void aSentenceCloseInMeaningAnswersThoughItSharesFewerOfTheQuestionsWords() {
        // "Apart from", "turn up" are the reader's; the sentence's own embedding is what says it answers.
        ask("Apart from ICE, what federal agencies turn up at immigration raids?").body("status", equalTo("answered"))
                .body("citations.quote", hasItem(containsString("Border Patrol, FBI, and ATF")));
    }

    @Test
    void aSentenceWhosePassageIsFarFromTheQuestionDoesNotAnswerIt() {
        // Other passages are on 287(g); the one whose sentence names a "direct" role is not about who ran the program.
        ask("Who was the first director of the 287(g) program?").body("status", equalTo("unknown")).body("citations", hasSize(0));
    }

    @Test
    void aWhoQuestionWithAnAdverbBeforeItsVerbIsAnsweredByTheBodyThatDoesIt() {
        // "typically" is how often, not what: neither it nor the verb after it must stand beside the name.
        ask("Who typically pays to train deputized officers?").body("status", equalTo("answered"))
                .body("citations.quote", hasItem(anyOf(containsString("covers training costs"), containsString("reimbursement"))));
    }

    @Test
    void theVerbAPhrasalVerbStandsForIsNotWhatTheQuestionIsAbout() {
        // "turn down" is read as "refuse", which the sheriffs' passage says as "resist": the verb need not stand there.
        ask("Why would a sheriff turn down 287(g)?").body("status", equalTo("answered"))
                .body("citations.quote", hasItem(containsString("resource diversion")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSentenceEndingInsideQuotationMarksIsNotRunOnIntoAnotherPassagesSentence() {
        // '... surface ICE "wants."' shows no sentence break: a sentence from another passage after it would be read
        // as one with it, held by neither quote.
        Map<String, Object> reply = ask("Where do immigration arrest warrants show up for local cops now?").body("status", equalTo("answered"))
                .extract().as(Map.class);
        List<String> quotes = ((List<Map<String, Object>>) reply.get("citations")).stream().map(c -> (String) c.get("quote")).toList();
        assertThat(EvalScoring.ungrounded((String) reply.get("answer"), quotes)).isEmpty();
    }

    @Test
    void aVerbNoArticleUsesDoesNotAnswerForADateTheyNeverGive() {
        // "vote" gives way, but when Belknap County joined the articles never say.
        ask("When did Belknap County vote to join 287(g)?").body("status", equalTo("unknown")).body("citations", hasSize(0));
    }

    @Test
    void aSynonymInTheArticlesDoesNotAnswerForAPersonTheyNeverName() {
        // "chief" and "police" are in the articles; who leads Worcester's police is not.
        ask("Who is the police chief of Worcester?").body("status", equalTo("unknown")).body("citations", hasSize(0));
    }

    @Test
    void aSynonymInTheArticlesDoesNotAnswerForAFigureTheyNeverGive() {
        // "wage" has synonyms the articles use ("pay"); what a deputy earns they never say.
        ask("What wage does a deputized cop earn?").body("status", equalTo("unknown")).body("citations", hasSize(0));
    }

    @Test
    void aWhereQuestionIsAnsweredByASentenceThatNamesThePlace() {
        // "Worcester, Massachusetts, passed a resolution ...": the place is named, in no phrase of place ("in", "at").
        ask("Where in Massachusetts was a 287(g) agreement ruled out?").body("status", equalTo("answered"))
                .body("citations.quote", hasItem(containsString("Worcester, Massachusetts")));
    }

    @Test
    void askedWhichCameFirstOnlyASentenceSayingWhichCameFirstAnswers() {
        // "Multiple New Hampshire counties—Grafton, Belknap and others—have recently joined" says which joined, not
        // which was first.
        ask("Which New Hampshire county was the first to sign up for 287(g)?").body("status", equalTo("unknown")).body("citations", hasSize(0));
    }

    @Test
    void aMonthIsNoNameOfTheThingAskedFor() {
        // "North Carolina examples from late September 2025 ..." names no sheriff: September picks out nothing.
        ask("Which North Carolina sheriff joined an ICE task force?").body("status", equalTo("unknown")).body("citations", hasSize(0));
    }

    @Test
    void askedForANameOnlyASentenceNamingSomethingTheQuestionDoesNotAnswers() {
        // The sentences on the warrants name ICE, which the question names; the database's name they never give.
        ask("What's the official name of the database ICE added the warrants to?").body("status", equalTo("unknown")).body("citations", hasSize(0));
    }

    @Test
    void aWhoQuestionIsNotAnsweredByASentenceNamingOnlyWhatTheQuestionNames() {
        // "North Carolina examples from late September 2025 show a growing number of local agencies opting into
        // task-force arrangements" says who joined, not who announced it.
        ask("Who announced the North Carolina task force arrangements?").body("status", equalTo("unknown")).body("citations", hasSize(0));
    }

    @Test
    void howSomeoneIsDealingWithSomethingIsAnsweredByWhatTheyDo() {
        // "Multiple New Hampshire counties—Grafton, Belknap and others—have recently joined ..." names no means or
        // effect; it says what they do, which is what was asked.
        ask("How are New Hampshire counties dealing with 287(g)?").body("status", equalTo("answered"))
                .body("citations.quote", hasItem(containsString("Grafton, Belknap")));
    }

    @Test
    void askedWhichStatesOnlyASentenceNamingAStateAnswers() {
        // The sentences on 287(g) name ICE, DHS and agencies "across roughly 40 states"; none names a state that bans it.
        ask("Which states have passed laws that stop their police from signing 287(g) agreements?").body("status", equalTo("unknown"))
                .body("citations", hasSize(0));
    }

    @Test
    void whatSomeoneHasIsWhatTheQuestionAsksAbout() {
        // The Worcester sentences give the city's resolution; its police chief they never mention.
        ask("How is Worcester's police chief enforcing the city's resolution?").body("status", equalTo("unknown")).body("citations", hasSize(0));
    }

    @Test
    void askedWhichPersonOnlyASentenceNamingAPersonAnswers() {
        // The Worcester sentences name the city and Massachusetts and the month of the vote, never a council member.
        ask("Which Worcester council member proposed the resolution against 287(g)?").body("status", equalTo("unknown"))
                .body("citations", hasSize(0));
    }

    @Test
    void whatTheReaderTellsBeforeAskingDoesNotStandInTheWayOfTheAnswer() {
        ask("My town is talking about joining 287(g). Who covers the cost of training for deputised officers?")
                .body("status", equalTo("answered"))
                .body("citations.quote", hasItem(anyOf(containsString("covers training costs"), containsString("reimbursement"))));
    }

    @Test
    void aPlaceTheReaderNamesBeforeAskingMustBeInTheAnswersArticle() {
        // "around here" is Texas, which no article mentions; the New Hampshire counties are no answer.
        ask("I live in Texas. Which counties around here have joined 287(g)?").body("status", equalTo("unknown"))
                .body("citations", hasSize(0));
    }

    @Test
    void theDonationAppealIsNoEvidence() {
        ask("How big a donation keeps Factually independent?").body("status", equalTo("unknown")).body("citations", hasSize(0));
    }

    @Test
    void aSynonymIsTakenInTheSenseTheQuestionGivesIt() {
        // WordNet's commonest sense of "bill" the articles use is "measure"; in "foots the bill" it is the charge.
        ask("Who foots the bill for training deputised officers under 287(g)?").body("status", equalTo("answered"))
                .body("citations.quote", hasItem(containsString("ICE historically covers training costs")));
    }

    @Test
    void whatPhraseIsAnsweredByTheWordsQuoted() {
        ask("What phrase did DHS use to describe who the 287(g) program is meant to remove?").body("status", equalTo("answered"))
                .body("answer", containsString("worst of the worst"));
    }

    @Test
    void anAdjectiveTheArticlesDoNotUseDescribesTheNounAfterIt() {
        // "main" is in no article; what is asked about is the arguments.
        ask("what are the main arguments against local cops working with ice").body("status", equalTo("answered"))
                .body("citations.quote", hasItem(containsString("fuels racial profiling")));
    }

    @Test
    void whatTheReaderTellsBeforeAColonIsContext() {
        ask("For a class project: which city in Massachusetts passed a resolution against 287(g)?").body("status", equalTo("answered"))
                .body("answer", containsString("Worcester"));
    }

    @Test
    void aQuestionWhetherSomethingIsSoMayBeAnsweredInTheArticlesOtherWords() {
        // No passage that says so uses "agents": "without a separate ICE presence at the scene" does, in its own words.
        ask("Do ICE agents need to be at the scene when local officers arrest someone flagged in a database?")
                .body("status", equalTo("answered"))
                .body("citations.quote", hasItem(containsString("without a separate ICE presence")));
    }

    @Test
    void aFollowUpWithNoWordsOfItsOwnAsksAboutWhatTheReaderToldBeforeIt() {
        ask("Apparently a city in Massachusetts passed a resolution against 287(g). Which one?")
                .body("status", equalTo("answered")).body("answer", containsString("Worcester"));
    }

    @Test
    void aVagueAmountNamesNothingAskedAbout() {
        // "bunch" is in no article; "a bunch of local agencies" asks about local agencies.
        ask("What state had a bunch of local agencies joining ICE task forces?")
                .body("status", equalTo("answered")).body("answer", containsString("North Carolina"));
    }

    @Test
    void aNounAfterAnIdentifierBelongsToTheSubjectNotTheVerb() {
        // "network" is also a verb; in "the 287(g) network pass" the verb is "pass", which "exceeded" says in other words.
        ask("When did the 287(g) network pass the 1,000 partnership mark?").body("status", equalTo("answered"))
                .body("answer", containsString("September"));
    }

    @Test
    void theNameOfAThingIsNotTheLongFormOfTheAbbreviationTheQuestionUses() {
        // The articles call the database "national" and never name it; "U.S. Immigration and Customs Enforcement" is ICE.
        ask("what is the name of the national database ICE loaded the warrants into")
                .body("status", equalTo("unknown")).body("citations", hasSize(0));
    }

    @Test
    void aStatesAbbreviationWithAFullStopIsTheState() {
        // Without its full stop, "Mass" is WordNet's lump of matter, a word no article uses.
        ask("Which city in Mass. has barred itself from a 287(g) agreement?").body("status", equalTo("answered"))
                .body("answer", containsString("Worcester"));
    }

    @Test
    void aWordForTheKindPickedThatNoArticleUsesNeedNotStandInTheAnswer() {
        // No article says "chapter": the answer names the one picked, "ACLU of New Hampshire".
        ask("Which ACLU chapter raised concerns about cruelty in federal detention?").body("status", equalTo("answered"))
                .body("answer", containsString("New Hampshire"));
    }

    @Test
    void theWordAfterTheQuestionsVerbMayBeADeterminer() {
        // "a" is also WordNet's letter, a noun; it does not make "pass" a noun of the subject.
        ask("When did the network of 287(g) agreements pass a thousand partnerships?").body("status", equalTo("answered"))
                .body("answer", containsString("September"));
    }

    @Test
    void aWordMadeFromTheReadersWordSaysWhatItDoes() {
        // The article says "began prioritizing interior enforcement"; the reader asks about a priority.
        ask("What percentage increase followed once interior enforcement was a priority?").body("status", equalTo("answered"))
                .body("answer", containsString("641%"));
    }

    @Test
    void aWordForAnyoneAtAllNeedNotStandInTheAnswer() {
        // The answer says "criminal aliens", in its own words, for the reader's "people".
        ask("What phrase did DHS use for the people 287(g) should remove?").body("status", equalTo("answered"))
                .body("answer", containsString("worst of the worst"));
    }

    @Test
    void aConditionBeforeTheQuestionIsWhatTheReaderTells() {
        // "signs up to work with ICE" is the reader's situation; what is asked is the expenses.
        ask("If our town signs up to work with ICE, what kinds of expenses do we end up paying?").body("status", equalTo("answered"))
                .body("citations.quote", hasItem(containsString("record-sharing systems")));
    }

    @Test
    void aSentenceThatCoversTwoFifthsOfTheQuestionMayAnswerIt() {
        // "end up carrying" and "work with" are the reader's words; the sentence names the costs and the counties.
        ask("What costs do counties end up carrying when they work with ICE?").body("status", equalTo("answered"))
                .body("citations.quote", hasItem(containsString("record-sharing systems")));
    }

    @Test
    void anAcronymTypedInLowerCaseIsStillANameTheAnswerMustHold() {
        // No article names a detention center the ACLU complained about; "New Hampshire counties" are not one.
        ask("which ice lockup in new hampshire did the aclu complain about")
                .body("status", equalTo("unknown")).body("citations", hasSize(0));
    }

    @Test
    void aHowManyQuestionCountsItsNounNotTheWordAfterIt() {
        // "nationwide" is no noun: the question counts officers, which no article gives a number of.
        ask("How many police officers nationwide have been deputized through 287(g)?")
                .body("status", equalTo("unknown")).body("citations", hasSize(0));
    }

    @Test
    void theNameAskedForIsThatThingsNotAnotherNameInTheSentence() {
        // No article names a detention center; "ACLU of New Hampshire", near "federal detention", is the ACLU's name.
        ask("whats the name of the immigration detention center in new hampshire where people are held")
                .body("status", equalTo("unknown")).body("citations", hasSize(0));
    }
}
