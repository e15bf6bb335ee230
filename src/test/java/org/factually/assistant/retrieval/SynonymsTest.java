package org.factually.assistant.retrieval;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What WordNet lets a reader's word stand for. */
@QuarkusTest
class SynonymsTest {

    @Inject
    Synonyms synonyms;

    @Test
    void aThingsRelatedFormsAreThingsNotWhatItDoes() {
        // A director is no "direct": "Who is the director of ICE?" must not be answered by "without direct ICE presence".
        assertThat(synonyms.of("director")).doesNotContain("direct").contains("manager");
    }

    @Test
    void aDescribingWordKeepsItsRelatedThings() {
        assertThat(synonyms.of("reluctant")).contains("reluctance");
    }

    @Test
    void anAdverbOnlyWordIsKnownAsOne() {
        assertThat(synonyms.isOnlyAdverb("typically")).isTrue();
        assertThat(synonyms.isOnlyAdverb("fast")).isFalse();
    }

    @Test
    void anAmericanSpellingWithOneLFindsWordNetsBritishEntry() {
        // WordNet has only "councillor"; "Which Worcester city councilor ...?" asks for a person.
        assertThat(synonyms.isPersonNoun("councilor")).isTrue();
        assertThat(synonyms.isPersonNoun("counselors")).isTrue();
    }

    @Test
    void aMostlyAdjectiveWordIsKnownAsOne() {
        assertThat(synonyms.isMostlyAdjective("solid")).isTrue();
        assertThat(synonyms.isMostlyAdjective("vote")).isFalse();
    }

    @Test
    void aPlacesAbbreviationWithItsFullStopIsSpelledOut() {
        assertThat(synonyms.placeAbbreviated("Mass.")).contains("Massachusetts");
        assertThat(synonyms.placeAbbreviated("Calif.")).contains("California");
        assertThat(synonyms.placeAbbreviated("Dr.")).isEmpty();
    }

    @Test
    void aThingsDerivedFormsAreWhatIsMadeOfIt() {
        // "deputized officers" are deputies; the word made from the reader's says what the reader's does.
        assertThat(synonyms.derivedForms("deputies")).contains("deputize");
    }

    @Test
    void aWordForAnyoneAtAllIsNoKindOfPerson() {
        assertThat(synonyms.namesAnyone("people")).isTrue();
        assertThat(synonyms.namesAnyone("someone")).isTrue();
        assertThat(synonyms.namesAnyone("immigrants")).isFalse();
        assertThat(synonyms.namesAnyone("deputies")).isFalse();
    }

    @Test
    void aPluralWordNetAlsoKnowsAsAGroupIsStillKindsOfPerson() {
        // WordNet's first "leaders" is leadership; "Which local leaders ...?" asks for people.
        assertThat(synonyms.isPersonNoun("leaders")).isTrue();
        assertThat(synonyms.isPersonNoun("counties")).isFalse();
    }
}
