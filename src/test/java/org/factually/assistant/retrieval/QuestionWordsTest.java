package org.factually.assistant.retrieval;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.factually.assistant.embedding.EmbeddingService;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a reader's words become the words a question is searched and weighed by. */
@QuarkusTest
class QuestionWordsTest {

    @Inject
    RetrievalService retrieval;
    @Inject
    EmbeddingService embeddings;
    @Inject
    TermAnalyzer analyzer;

    private RetrievalService.Retrieval retrieve(String question) {
        return retrieval.retrieve(question, question, embeddings.embedQuestion(question), 0);
    }

    @Test
    void aStatesAbbreviationStandsForTheNameTheArticlesUse() {
        assertThat(retrieve("What NH counties signed on for 287(g) training?").termWeights())
                .containsKeys("new", "hampshir").doesNotContainKey("nh");
    }

    @Test
    void anOwnersApostropheSDoesNotEndTheNounPhrase() {
        assertThat(analyzer.headStem("ICE's resource hub that hands out training")).contains("hub");
    }
}
