package org.factually.assistant.retrieval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    @Test
    void numbersInWordsAndInDigitsAreWrittenOneWay() {
        assertThat(TextNormalizer.normalize("more than one thousand partnerships")).isEqualTo("more than 1000 partnerships");
        assertThat(TextNormalizer.normalize("more than a thousand partnerships")).isEqualTo("more than 1000 partnerships");
        assertThat(TextNormalizer.normalize("more than 1,000 partnerships")).isEqualTo("more than 1000 partnerships");
        assertThat(TextNormalizer.normalize("more than 1k partnerships")).isEqualTo("more than 1000 partnerships");
        assertThat(TextNormalizer.normalize("three hundred and forty-two agencies")).isEqualTo("342 agencies");
    }

    @Test
    void aYearInWordsIsReadByHundreds() {
        assertThat(TextNormalizer.normalize("by September twenty twenty-five")).isEqualTo("by September 2025");
        assertThat(TextNormalizer.normalize("since nineteen ninety-six")).isEqualTo("since 1996");
        assertThat(TextNormalizer.normalize("grew by six hundred forty-one percent")).isEqualTo("grew by 641 percent");
    }

    @Test
    void theMiddleOfAMonthOrAYearIsThatMonthOrYear() {
        assertThat(TextNormalizer.normalize("by mid\u2011September 2025")).isEqualTo("by September 2025");
        assertThat(TextNormalizer.normalize("by mid September, mid-2024")).isEqualTo("by September, 2024");
        assertThat(TextNormalizer.normalize("a mid-sized county")).isEqualTo("a mid-sized county");
        assertThat(TextNormalizer.normalize("a mid-market firm, mid-decade")).isEqualTo("a mid-market firm, mid-decade");
    }

    @Test
    void aPercentSignIsTheWordPercent() {
        assertThat(TextNormalizer.normalize("a 641% increase")).isEqualTo("a 641 percent increase");
        assertThat(TextNormalizer.normalize("grew 641 per cent")).isEqualTo("grew 641 percent");
    }

    @Test
    void oneAloneStaysAWord() {
        assertThat(TextNormalizer.normalize("one of the counties")).isEqualTo("one of the counties");
    }

    @Test
    void aLetterDigitIdentifierIsOneWordHoweverItIsSpelled() {
        for (String spelling : new String[]{"287(g)", "287 (g)", "287g", "287-g", "Section 287(g)", "section 287g", "§ 287(g)"}) {
            assertThat(TextNormalizer.normalize("the " + spelling + " program")).as(spelling).isEqualTo("the 287g program");
        }
        assertThat(TextNormalizer.normalize("Title 8 (A) rules")).isEqualTo("Title 8a rules");
    }

    @Test
    void everyDashIsAHyphen() {
        assertThat(TextNormalizer.normalize("task\u2011force and ICE\u2013trained")).isEqualTo("task-force and ICE-trained");
    }

    @Test
    void anArticlesSourceMarkersAreNoNumbers() {
        assertThat(TextNormalizer.normalize("several models [3] [4].")).doesNotContain("3").doesNotContain("4");
        assertThat(TextNormalizer.normalize("287(g) [1]").strip()).isEqualTo("287g");
    }
}
