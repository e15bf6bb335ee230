package org.factually.assistant.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where sentences end: initials and known abbreviations do not end one; a single small letter does. */
class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void aDecimalCutByAStraySpaceDoesNotEndTheSentence() {
        // As in PolitiFact's export of pf-6200: "would cost Florida $1. 9 billion a year."
        assertThat(sentences("The expansion would cost Florida $1. 9 billion a year. Scott said so.")).containsExactly(
                "The expansion would cost Florida $1. 9 billion a year.", "Scott said so.");
    }

    @Test
    void aSentenceEndingInANumberIsStillASentence() {
        assertThat(sentences("The program began in 2002. Then it grew.")).containsExactly("The program began in 2002.", "Then it grew.");
    }

    @Test
    void anInitialDoesNotEndTheSentence() {
        assertThat(sentences("George W. Bush signed it. Then it passed.")).containsExactly("George W. Bush signed it.", "Then it passed.");
    }

    @Test
    void aKnownAbbreviationDoesNotEndTheSentence() {
        assertThat(sentences("The U.S. Immigration office agreed. It said so.")).containsExactly("The U.S. Immigration office agreed.", "It said so.");
    }

    @Test
    void aSingleSmallLetterBeforeAPeriodEndsTheSentence() {
        assertThat(sentences("They chose option b. The rest refused.")).containsExactly("They chose option b.", "The rest refused.");
    }

    @Test
    void aCapitalAfterASmallWordEndsTheSentence() {
        assertThat(sentences("Most people get enough vitamin C. Few need more.")).containsExactly(
                "Most people get enough vitamin C.", "Few need more.");
    }

    @Test
    void aChainOfInitialsStaysOneSentence() {
        assertThat(sentences("J. R. R. Tolkien wrote it. Others read it.")).containsExactly("J. R. R. Tolkien wrote it.", "Others read it.");
    }
}
