package org.factually.assistant.answering;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionTextTest {

    @Test
    void aContractionTypedWithoutItsApostropheIsWrittenOut() {
        assertThat(QuestionText.searchable("whats the 287g program")).isEqualTo("what is the 287g program");
        assertThat(QuestionText.searchable("Wheres the warrants database")).isEqualTo("Where is the warrants database");
        assertThat(QuestionText.searchable("why doesnt ICE pay")).isEqualTo("why does not ICE pay");
    }

    @Test
    void textingShorthandIsWrittenOut() {
        assertThat(QuestionText.searchable("how many partnerships r there w/ ICE")).isEqualTo("how many partnerships are there with ICE");
        assertThat(QuestionText.searchable("why do ppl avoid the police bc of 287g")).isEqualTo("why do people avoid the police because of 287g");
    }

    @Test
    void initialsAbbreviationsAndWordsInsideOtherWordsStayAsWritten() {
        assertThat(QuestionText.searchable("Did George W. Bush expand 287(g) in the U.S.?")).isEqualTo("Did George W. Bush expand 287(g) in the U.S.?");
        assertThat(QuestionText.searchable("What did Rep. Smith (R-Texas) say about u-visas?")).isEqualTo("What did Rep. Smith (R-Texas) say about u-visas?");
        assertThat(QuestionText.searchable("Is the rural sheriff's office whats-its-name partnered?")).isEqualTo("Is the rural sheriff's office whats-its-name partnered?");
    }

    @Test
    void markupIsRemovedBeforeShorthandIsRead() {
        assertThat(QuestionText.searchable("<b>whats</b> 287g")).isEqualTo("what is 287g");
    }

    @Test
    void whatTheReaderTellsBeforeAskingIsContextNotTheQuestion() {
        String asked = "My town is talking about joining 287(g). I don't know much. Who pays for the training?";
        assertThat(QuestionText.searchable(asked)).isEqualTo("Who pays for the training?");
        assertThat(QuestionText.parts(asked).context()).isEqualTo("My town is talking about joining 287(g). I don't know much.");
        assertThat(QuestionText.parts("I live in Worcester. Did the city vote against 287(g)?").context()).isEqualTo("I live in Worcester.");
        assertThat(QuestionText.searchable("My county just signed on with ICE. Which counties have joined?")).isEqualTo("Which counties have joined?");
    }

    @Test
    void anAbbreviationOrATitleEndsNoStatement() {
        for (String asked : List.of("Did the U.S. Immigration agency pay for training?", "What did Rep. Smith say about 287(g)?",
                "Which states, e.g. Texas, joined first?", "Did Gov. Ayotte sign it?", "Did rep. Charles Bass vote for it?")) {
            assertThat(QuestionText.searchable(asked)).isEqualTo(asked);
            assertThat(QuestionText.parts(asked).context()).isEmpty();
        }
    }

    @Test
    void statementsAfterTheQuestionLeaveItWhole() {
        String asked = "Who pays for the training? My town wants to know.";
        assertThat(QuestionText.searchable(asked)).isEqualTo(asked);
        assertThat(QuestionText.parts(asked).context()).isEmpty();
    }

    @Test
    void aColonOrADashBeforeTheQuestionEndsWhatTheReaderTells() {
        assertThat(QuestionText.parts("For my essay: what year was the study done?"))
                .isEqualTo(new QuestionText.Parts("what year was the study done?", "For my essay:"));
        assertThat(QuestionText.parts("my sister lives in Concord - which ACLU branch spoke up?"))
                .isEqualTo(new QuestionText.Parts("which ACLU branch spoke up?", "my sister lives in Concord -"));
        assertThat(QuestionText.parts("Which counties joined in the years 2019-2025?").context()).isEmpty();
        assertThat(QuestionText.parts("Is it true that the sheriff said: who pays?").context()).isEqualTo("Is it true that the sheriff said:");
    }

    @Test
    void aConditionBeforeTheQuestionIsWhatTheReaderTells() {
        assertThat(QuestionText.parts("If my county signs up with ICE, what kinds of expenses will it face?"))
                .isEqualTo(new QuestionText.Parts("what kinds of expenses will it face?", "If my county signs up with ICE,"));
        assertThat(QuestionText.parts("If ICE asks, must the jail hold someone?").context()).isEmpty();
    }
}
