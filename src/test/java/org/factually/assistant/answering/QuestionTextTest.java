package org.factually.assistant.answering;

import org.junit.jupiter.api.Test;

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
}
