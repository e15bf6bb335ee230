package org.factually.assistant.ingestion;

import org.factually.assistant.articles.RelatedQuestion;
import org.factually.assistant.articles.Passage;
import org.factually.assistant.articles.Article;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ReingestionTest {

    private static final String ID = "reingestion-test-article";

    @Inject
    IngestionService ingestion;

    @AfterEach
    void removeTestArticles() {
        QuarkusTransaction.requiringNew().run(() -> Article.delete("id like ?1", "reingestion-test-%"));
    }

    private static byte[] article(String sectionText) {
        return ("""
                {"id": "%s", "title": "Fact check: Does re-ingestion keep passages stable?", "checkedOn": "2025-11-01",
                 "summary": "Unchanged articles keep their passages.",
                 "sections": [{"heading": "Detail", "text": "%s"}], "related": ["Is this a follow-up?"]}
                """.formatted(ID, sectionText)).getBytes(StandardCharsets.UTF_8);
    }

    private static List<Long> passageIds() {
        return QuarkusTransaction.requiringNew().call(() -> Passage.ofArticle(ID).stream().map(p -> p.id).toList());
    }

    @Test
    void aNewArticleIsAddedWithItsPassagesAndFollowUps() {
        IngestionService.FileResult r = ingestion.ingest(ID + ".json", article("The first version says one thing."));
        assertThat(r.outcome()).isEqualTo(IngestionService.Outcome.ADDED);
        assertThat(passageIds()).hasSize(r.passages()).hasSize(3);
        assertThat(QuarkusTransaction.requiringNew().call(() -> RelatedQuestion.ofArticle(ID))).hasSize(1);
    }

    @Test
    void reingestingAnUnchangedArticleChangesNothing() {
        ingestion.ingest(ID + ".json", article("The first version says one thing."));
        List<Long> before = passageIds();
        var ingestedAt = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(ID).ingestedAt);

        IngestionService.FileResult again = ingestion.ingest(ID + ".json", article("The first version says one thing."));

        assertThat(again.outcome()).isEqualTo(IngestionService.Outcome.UNCHANGED);
        assertThat(passageIds()).isEqualTo(before);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(ID).ingestedAt)).isEqualTo(ingestedAt);
    }

    @Test
    void aChangedArticleReplacesItsPassages() {
        ingestion.ingest(ID + ".json", article("The first version says one thing."));
        List<Long> before = passageIds();

        IngestionService.FileResult r = ingestion.ingest(ID + ".json", article("The second version says another. It has two sentences."));

        assertThat(r.outcome()).isEqualTo(IngestionService.Outcome.UPDATED);
        List<Long> after = passageIds();
        assertThat(after).hasSize(3).doesNotContainAnyElementsOf(before);
        String texts = QuarkusTransaction.requiringNew().call(() -> Passage.ofArticle(ID).stream().map(p -> p.text).toList().toString());
        assertThat(texts).contains("The second version says another.").doesNotContain("The first version");
    }

    @Test
    void aMalformedFileIsReportedAndTheOthersStillLoad(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.write(dir.resolve("reingestion-test-good.json"), new String(article("Good text.")).replace(ID, "reingestion-test-good").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("reingestion-test-bad.json"), "{\"id\": \"reingestion-test-bad\"".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("reingestion-test-binary.txt"), new byte[]{0, 1, 2, (byte) 0xff});

        IngestionService.Report report = ingestion.ingestDirectory(dir);

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.failures()).extracting(IngestionService.FileResult::source)
                .containsExactlyInAnyOrder("reingestion-test-bad.json", "reingestion-test-binary.txt");
        assertThat(report.failures()).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
        Article bad = QuarkusTransaction.requiringNew().call(() -> Article.findById("reingestion-test-bad"));
        assertThat(bad).isNull();
    }

    @Test
    void twoFilesWithTheSameIdAreNotBothLoaded(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a.json"), article("One."));
        Files.write(dir.resolve("b.json"), article("Two."));

        IngestionService.Report report = ingestion.ingestDirectory(dir);

        assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.reason()).contains("already used by a.json"));
    }

    @Test
    void theSharedCorpusIsLoadedAtStartUp() {
        long articles = QuarkusTransaction.requiringNew().call(() -> Article.count("source like ?1", "%.txt"));
        assertThat(articles).isGreaterThanOrEqualTo(5);
    }
}
