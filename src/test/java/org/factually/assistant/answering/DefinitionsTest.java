package org.factually.assistant.answering;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DefinitionsTest {

    @Test
    void aQuestionAskingWhatAnAbbreviationIsNamesIt() {
        assertThat(Definitions.abbreviationAsked("What is an MOU?")).contains("MOU");
        assertThat(Definitions.abbreviationAsked("What are SROs in public schools?")).contains("SRO");
    }

    @Test
    void aQuestionAboutWhatAnAgencyDoesAsksNoMeaning() {
        assertThat(Definitions.abbreviationAsked("What is ICE doing in Worcester?")).isEmpty();
        assertThat(Definitions.abbreviationAsked("What is DHS's position on 287(g)?")).isEmpty();
        assertThat(Definitions.abbreviationAsked("What is the 287(g) program?")).isEmpty();
    }

    @Test
    void aSentenceSpellingTheAbbreviationOutDefinesIt() {
        assertThat(Definitions.definedIn("MOU", "The county signed a memorandum of understanding with the state.")).isTrue();
        assertThat(Definitions.definedIn("SRO", "Each school has a School Resource Officer on site.")).isTrue();
        assertThat(Definitions.definedIn("SRO", "An SRO means a sworn deputy posted to a school.")).isTrue();
    }

    @Test
    void aSentenceOnlyUsingTheAbbreviationDoesNot() {
        assertThat(Definitions.definedIn("MOU", "Where MOUs exist, deputies may make arrests.")).isFalse();
        assertThat(Definitions.definedIn("MOU", "Many officers use the database daily.")).isFalse();
    }
}
