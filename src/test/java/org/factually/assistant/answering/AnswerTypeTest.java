package org.factually.assistant.answering;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerTypeTest {

    @Test
    void howManyAsksForANumber() {
        assertThat(AnswerType.of("How many 287(g) partnerships are there?")).isEqualTo(AnswerType.QUANTITY);
    }

    @Test
    void aCountAskedForByNameAsksForANumber() {
        assertThat(AnswerType.of("What was the vote count on the city's resolution?")).isEqualTo(AnswerType.QUANTITY);
        assertThat(AnswerType.of("What's the number of counties in the program?")).isEqualTo(AnswerType.QUANTITY);
        assertThat(AnswerType.of("When did the number of partnerships pass 1,000?")).isEqualTo(AnswerType.TIME);
    }

    @Test
    void aWordBetweenWhatAndTheKindOfFactKeepsTheKind() {
        assertThat(AnswerType.of("On what exact date did Worcester vote?")).isEqualTo(AnswerType.TIME);
        assertThat(AnswerType.of("What specific percentage of agencies joined?")).isEqualTo(AnswerType.PERCENTAGE);
    }

    @Test
    void aClauseBeforeTheQuestionDoesNotSetItsType() {
        assertThat(AnswerType.of("When DHS announced 1,000 partnerships, how did it describe its targets?")).isEqualTo(AnswerType.MECHANISM);
        assertThat(AnswerType.of("When did DHS announce 1,000 partnerships?")).isEqualTo(AnswerType.TIME);
    }

    @Test
    void howSomeoneIsDoingSomethingAsksWhatTheyDoNotByWhatMeans() {
        assertThat(AnswerType.of("How are New Hampshire counties dealing with 287(g)?")).isEqualTo(AnswerType.OTHER);
        assertThat(AnswerType.of("How does 287(g) change local policing?")).isEqualTo(AnswerType.MECHANISM);
    }

    @Test
    void aMonthNamesNoOneWhoCouldBeAsked() {
        assertThat(AnswerType.PERSON.satisfiedBy("examples from late September 2025 show more agencies opting in")).isFalse();
        assertThat(AnswerType.PERSON.satisfiedBy("examples from late September 2025 show Alamance County opting in")).isTrue();
    }

    @Test
    void identifiersAndSourceMarkersAreNotNumbers() {
        assertThat(AnswerType.QUANTITY.satisfiedBy("Counties join 287(g) task forces [6] [1].")).isFalse();
        assertThat(AnswerType.QUANTITY.satisfiedBy("Savers moved money into 401k plans.")).isFalse();
        assertThat(AnswerType.QUANTITY.satisfiedBy("Title 8 (a) applies.")).isFalse();
        assertThat(AnswerType.QUANTITY.satisfiedBy("The network exceeded 1,000 partnerships.")).isTrue();
        assertThat(AnswerType.QUANTITY.satisfiedBy("It added hundreds of thousands of warrants.")).isTrue();
    }

    @Test
    void aYearAloneIsNotACount() {
        assertThat(AnswerType.QUANTITY.satisfiedBy("Reporting from January 2026 explains the change.")).isFalse();
    }

    @Test
    void aPercentageQuestionNeedsAPercentage() {
        assertThat(AnswerType.of("By what percentage have partnerships grown?")).isEqualTo(AnswerType.PERCENTAGE);
        assertThat(AnswerType.PERCENTAGE.satisfiedBy("advocates cite the 641% increase")).isTrue();
        assertThat(AnswerType.PERCENTAGE.satisfiedBy("more than 1,000 partnerships")).isFalse();
    }

    @Test
    void howLongNeedsADuration() {
        assertThat(AnswerType.of("How long does the training last?")).isEqualTo(AnswerType.DURATION);
        assertThat(AnswerType.DURATION.satisfiedBy("Officers train for four weeks.")).isTrue();
        assertThat(AnswerType.DURATION.satisfiedBy("Officers receive training from ICE.")).isFalse();
    }

    @Test
    void whenNeedsADateAndWhoNeedsAName() {
        assertThat(AnswerType.of("When did Worcester vote?")).isEqualTo(AnswerType.TIME);
        assertThat(AnswerType.TIME.satisfiedBy("As of October 2, 2025, Worcester passed a resolution.")).isTrue();
        assertThat(AnswerType.of("Who pays for the training?")).isEqualTo(AnswerType.PERSON);
        assertThat(AnswerType.PERSON.satisfiedBy("the city council decided so")).isFalse();
        assertThat(AnswerType.PERSON.satisfiedBy("the city council asked ICE")).isTrue();
    }

    @Test
    void otherQuestionsTakeAnySentence() {
        assertThat(AnswerType.of("What do critics say about 287(g)?")).isEqualTo(AnswerType.OTHER);
    }

    @Test
    void whereNeedsAPlaceOrAnInstitution() {
        assertThat(AnswerType.of("Where are detained people taken?")).isEqualTo(AnswerType.PLACE);
        assertThat(AnswerType.PLACE.satisfiedBy("deputies transfer them to ICE-approved detention centers")).isTrue();
        assertThat(AnswerType.PLACE.satisfiedBy("deputies are trained and certified first")).isFalse();
    }

    @Test
    void whereNeedsThePlaceAfterAPrepositionOfPlaceNotAMentionedName() {
        assertThat(AnswerType.PLACE.satisfiedBy("Analyses note arrests at USCIS offices and immigration courts.")).isTrue();
        assertThat(AnswerType.PLACE.satisfiedBy("The squad won tournaments in Wrexham and Edinburgh.")).isTrue();
        // "ICE" names who the deputies help, not where anyone is taken.
        assertThat(AnswerType.PLACE.satisfiedBy("Trained local deputies can assist ICE in identifying and detaining noncitizens.")).isFalse();
    }

    @Test
    void whyNeedsAReason() {
        assertThat(AnswerType.of("Why do sheriffs join?")).isEqualTo(AnswerType.REASON);
        assertThat(AnswerType.REASON.satisfiedBy("Officials describe practical benefits of the agreements.")).isTrue();
        assertThat(AnswerType.REASON.satisfiedBy("The program grew in 2025.")).isFalse();
    }

    @Test
    void howDoesNeedsAMeansOrAnEffect() {
        assertThat(AnswerType.of("How does 287(g) affect crime reporting?")).isEqualTo(AnswerType.MECHANISM);
        assertThat(AnswerType.of("How many agreements are there?")).isEqualTo(AnswerType.QUANTITY);
        assertThat(AnswerType.MECHANISM.satisfiedBy("Its presence is linked to lower crime reporting.")).isTrue();
        assertThat(AnswerType.MECHANISM.satisfiedBy("The program is controversial.")).isFalse();
    }

    @Test
    void whatPhraseNeedsWordsInQuotationMarks() {
        assertThat(AnswerType.of("What phrase did DHS use to describe them?")).isEqualTo(AnswerType.QUOTATION);
        assertThat(AnswerType.of("Which catchphrase did ICE use?")).isEqualTo(AnswerType.QUOTATION);
        assertThat(AnswerType.QUOTATION.satisfiedBy("DHS framed it as removing \u201cthe worst of the worst\u201d criminals.")).isTrue();
        assertThat(AnswerType.QUOTATION.satisfiedBy("DHS framed it as removing dangerous criminals.")).isFalse();
        assertThat(AnswerType.QUOTATION.figure()).isFalse();
    }
}
