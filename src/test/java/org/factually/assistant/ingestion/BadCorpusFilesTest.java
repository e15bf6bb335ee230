package org.factually.assistant.ingestion;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.factually.assistant.articles.Article;
import org.factually.assistant.articles.Passage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A corpus folder with files the database or the splitter would choke on still loads: each bad file is skipped. */
@QuarkusTest
class BadCorpusFilesTest {

    @Inject
    IngestionService ingestion;

    @AfterEach
    void removeTestArticles() {
        QuarkusTransaction.requiringNew().run(() -> Article.delete("id like ?1", "bad-corpus-test-%"));
    }

    private static String json(String id, String text, String url) {
        return """
                {"id": "%s", "title": "Fact check: Does a bad file stop the load?", "url": %s,
                 "sections": [{"heading": "Detail", "text": "%s"}]}
                """.formatted(id, url == null ? "null" : "\"" + url + "\"", text);
    }

    @Test
    void aNulInsideAJsonStringAndATwoMegabyteUnbrokenParagraphAreSkippedAndTheRestLoads(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad-corpus-test-good.json"), json("bad-corpus-test-good", "A good sentence. Another one.", null));
        Files.writeString(dir.resolve("bad-corpus-test-nul.json"), json("bad-corpus-test-nul", "A NUL \\u0000 inside.", null));
        Files.writeString(dir.resolve("bad-corpus-test-surrogate.json"), json("bad-corpus-test-surrogate", "A lone \\ud800 surrogate.", null));
        Files.writeString(dir.resolve("bad-corpus-test-unbroken.txt"),
                "Fact check: An unbroken paragraph?\n\n" + "word ".repeat(400_000) + "\n", StandardCharsets.UTF_8);

        IngestionService.Report report = ingestion.ingestDirectory(dir);

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.failures()).extracting(IngestionService.FileResult::source).containsExactlyInAnyOrder(
                "bad-corpus-test-nul.json", "bad-corpus-test-surrogate.json", "bad-corpus-test-unbroken.txt");
        assertThat(report.failures()).filteredOn(f -> f.source().endsWith(".json"))
                .allSatisfy(f -> assertThat(f.reason()).containsAnyOf("control character", "surrogate"));
        assertThat(report.failures()).filteredOn(f -> f.source().endsWith(".txt"))
                .allSatisfy(f -> assertThat(f.reason()).contains("without a sentence break"));
    }

    @Test
    void aLongSentenceIsCutAtWordBoundariesIntoPassagesWithinTheCap() {
        String sentence = "This sentence goes on " + "and on ".repeat(300) + "until it ends.";
        IngestionService.FileResult r = ingestion.ingest("bad-corpus-test-long.json",
                json("bad-corpus-test-long", sentence, null).getBytes(StandardCharsets.UTF_8));

        assertThat(r.outcome()).isEqualTo(IngestionService.Outcome.ADDED);
        var passages = QuarkusTransaction.requiringNew().call(() -> Passage.ofArticle("bad-corpus-test-long").stream()
                .map(p -> p.text).toList());
        assertThat(passages).hasSizeGreaterThan(2).allSatisfy(text -> {
            assertThat(text.length()).isLessThanOrEqualTo(600);
            assertThat(text).doesNotStartWith(" ").doesNotEndWith(" ");
        });
        assertThat(String.join(" ", passages)).contains("until it ends.");
    }

    @Test
    void anArticleUrlThatIsNotHttpIsRefused() {
        IngestionService.FileResult r = ingestion.ingest("bad-corpus-test-url.json",
                json("bad-corpus-test-url", "Some text.", "javascript:alert(1)").getBytes(StandardCharsets.UTF_8));

        assertThat(r.outcome()).isEqualTo(IngestionService.Outcome.FAILED);
        assertThat(r.reason()).contains("http");
    }

    @Test
    void anHttpsArticleUrlIsAccepted() {
        IngestionService.FileResult r = ingestion.ingest("bad-corpus-test-https.json",
                json("bad-corpus-test-https", "Some text.", "https://factually.example/checks/1").getBytes(StandardCharsets.UTF_8));

        assertThat(r.outcome()).isEqualTo(IngestionService.Outcome.ADDED);
    }
}
