package org.factually.assistant.ingestion;

import org.factually.assistant.articles.PassageDraft;
import org.factually.assistant.articles.PassageKind;
import org.factually.assistant.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextExportParserTest {

    private final ArticleFileReader reader = new ArticleFileReader(new TextExportParser(),
            new JsonArticleParser(new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules()));

    static Stream<Path> corpus() {
        return SharedCorpus.files().stream();
    }

    private ParsedArticle read(Path file) throws MalformedArticleException {
        return reader.read(file.getFileName().toString(), SharedCorpus.bytes(file));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusArticleHasATitleSummaryAndNumberedSections(Path file) throws Exception {
        ParsedArticle a = read(file);
        assertThat(a.title()).isNotBlank().doesNotContain("Factually independent");
        assertThat(a.summary()).isNotBlank();
        assertThat(a.sections()).hasSizeGreaterThanOrEqualTo(6).allSatisfy(s -> {
            assertThat(s.heading()).isNotBlank();
            assertThat(s.text()).isNotBlank();
        });
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void siteBoilerplateNeverReachesTheArticleText(Path file) throws Exception {
        ParsedArticle a = read(file);
        String all = a.title() + a.summary() + a.sections() + a.related();
        assertThat(all).doesNotContain("Keep Factually independent", "donation", "Loading...", "Disclaimer:",
                "Searched for", "Found 8 sources", "Want to dive deeper");
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void sourceMarkersStayWithTheirPassage(Path file) throws Exception {
        ParsedArticle a = read(file);
        ArticleLayout.Laid laid = ArticleLayout.of(a, 600);
        String original = SharedCorpus.text(file);
        long markersInFile = original.split("\\[\\d+\\]", -1).length - 1;
        long markersInPassages = laid.passages().stream().mapToLong(p -> p.text().split("\\[\\d+\\]", -1).length - 1).sum();
        assertThat(markersInPassages).isEqualTo(markersInFile);
    }

    @Test
    void theTitleGivesTheQuestionWithoutTheSitePrefix() throws Exception {
        ParsedArticle a = read(SharedCorpus.DIR.resolve("003_708692c0f145dae0.txt"));
        assertThat(a.title()).isEqualTo("Fact check: What is the role of local law enforcement in ICE residential raids?");
        assertThat(a.question()).isEqualTo("What is the role of local law enforcement in ICE residential raids?");
        assertThat(a.checkedOn()).isEqualTo(LocalDate.of(2025, 10, 5));
    }

    @Test
    void followUpQuestionsAreKeptApartFromTheText() throws Exception {
        ParsedArticle a = read(SharedCorpus.DIR.resolve("002_73e1299aacddae53.txt"));
        assertThat(a.related()).hasSize(5).allSatisfy(q -> assertThat(q).endsWith("?"));
        assertThat(a.related()).contains("How many undocumented immigrants with criminal records have been deported through ICE-local law enforcement partnerships in 2024?");
        assertThat(a.sections().get(a.sections().size() - 1).text()).doesNotContain("How many undocumented immigrants");
    }

    @Test
    void searchQueriesAndSourceCountsAreDropped() throws Exception {
        ParsedArticle a = read(SharedCorpus.DIR.resolve("004_a42ff53911dc357a.txt"));
        assertThat(a.title()).isEqualTo("How do 287(g) agreements affect local police cooperation with ICE?");
        assertThat(a.checkedOn()).isEqualTo(LocalDate.of(2025, 11, 7));
        assertThat(a.summary()).startsWith("287(g) agreements deputize local officers");
    }

    @Test
    void anArticleWithoutDateHasNone() throws Exception {
        assertThat(read(SharedCorpus.DIR.resolve("000_dc335325e3338c34.txt")).checkedOn()).isNull();
    }

    @Test
    void passagesPointAtTheirTextInTheLaidOutArticle() throws Exception {
        for (Path file : SharedCorpus.files()) {
            ArticleLayout.Laid laid = ArticleLayout.of(read(file), 600);
            assertThat(laid.passages().get(0).kind()).isEqualTo(PassageKind.TITLE);
            for (PassageDraft p : laid.passages()) {
                assertThat(laid.body().substring(p.start(), p.end())).isEqualTo(p.text());
            }
        }
    }

    @Test
    void passagesAreCutAtSentencesWithinTheLimit() throws Exception {
        ArticleLayout.Laid laid = ArticleLayout.of(read(SharedCorpus.DIR.resolve("003_708692c0f145dae0.txt")), 600);
        assertThat(laid.passages()).allSatisfy(p -> {
            boolean oneLongSentence = org.factually.assistant.common.SentenceSplitter.split(p.text()).size() == 1;
            assertThat(p.text().length() <= 600 || oneLongSentence).isTrue();
            assertThat(p.text()).doesNotStartWith(" ").doesNotEndWith(" ");
        });
    }

    @Test
    void anEmptyFileIsMalformed() {
        assertThatThrownBy(() -> reader.read("empty.txt", new byte[0])).hasMessageContaining("empty");
    }

    @Test
    void aBinaryFileIsMalformed() {
        assertThatThrownBy(() -> reader.read("image.txt", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}))
                .isInstanceOf(MalformedArticleException.class);
    }

    @Test
    void latin1TextIsMalformed() {
        byte[] latin1 = "Fact check: Caf\u00e9?\nExecutive Summary\nText.".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read("latin1.txt", latin1)).hasMessageContaining("UTF-8");
    }

    @Test
    void aTitleWithoutAnyTextIsMalformed() {
        byte[] onlyTitle = "Keep Factually independent\nFact check: Is this an article?\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read("title-only.txt", onlyTitle)).hasMessageContaining("neither an executive summary");
    }

    @Test
    void anUnreadableCheckedOnDateIsMalformed() {
        byte[] text = "Fact check: Q?\nChecked on Octember 45, 2025\nExecutive Summary\nText here.".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read("date.txt", text)).hasMessageContaining("Octember 45, 2025");
    }

    @Test
    void aFileNameThatCannotBeAnIdIsMalformed() {
        byte[] text = "Fact check: Q?\nExecutive Summary\nText here.".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read("../etc passwd.txt", text)).hasMessageContaining("article id");
    }

    @Test
    void otherFileTypesAreRefused() {
        assertThatThrownBy(() -> reader.read("article.pdf", "x".getBytes(StandardCharsets.UTF_8))).hasMessageContaining(".txt");
    }

    @Test
    void aJsonArticleKeepsItsHeadingsDateUrlAndFollowUps() throws Exception {
        String json = """
                {"id": "json-1", "title": "Fact check: Do JSON articles work?", "url": "https://example.org/a",
                 "checkedOn": "2025-10-18", "summary": "Yes they do [1].",
                 "sections": [{"heading": "How", "text": "Sections become passages. They keep their heading."}, {"text": "No heading here."}],
                 "related": ["What else?"]}""";
        ParsedArticle a = reader.read("json-1.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(a.id()).isEqualTo("json-1");
        assertThat(a.checkedOn()).isEqualTo(LocalDate.of(2025, 10, 18));
        assertThat(a.url()).isEqualTo("https://example.org/a");
        assertThat(a.sections()).extracting(ParsedArticle.Section::heading).containsExactly("How", null);
        assertThat(a.related()).containsExactly("What else?");
    }

    @Test
    void brokenJsonArticlesSayWhatIsWrong() {
        List<String[]> cases = List.of(
                new String[]{"{\"id\": \"x\", \"sections\": [{\"text\": \"t\"}]}", "title"},
                new String[]{"{\"id\": \"x\", \"title\": \"T\", \"sections\": []}", "sections"},
                new String[]{"{\"id\": \"x\", \"title\": \"T\", \"checkedOn\": \"18/10/2025\", \"sections\": [{\"text\": \"t\"}]}", "checkedOn"},
                new String[]{"{\"id\": \"x y\", \"title\": \"T\", \"sections\": [{\"text\": \"t\"}]}", "article id"},
                new String[]{"[1, 2, 3]", "JSON article"},
                new String[]{"{\"id\": \"x\", \"title\": \"T\", \"sections\": [{\"heading\": \"h\"}]}", "text"});
        for (String[] c : cases) {
            assertThatThrownBy(() -> reader.read("broken.json", c[0].getBytes(StandardCharsets.UTF_8)))
                    .as(c[0]).isInstanceOf(MalformedArticleException.class).hasMessageContaining(c[1]);
        }
    }
}
