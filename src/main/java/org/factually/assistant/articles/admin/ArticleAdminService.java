package org.factually.assistant.articles.admin;

import org.factually.assistant.articles.ArticlePassage;
import org.factually.assistant.common.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.factually.assistant.common.ProblemException;
import org.factually.assistant.articles.Article;
import org.factually.assistant.ingestion.IngestionService;
import org.factually.assistant.articles.Passage;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The editors' view of the corpus: the list with passage counts, uploads (new or replacing an article with the
 * same id) and withdrawals. Uploads go through the ingestion pipeline, which stores an article all or nothing.
 */
@ApplicationScoped
public class ArticleAdminService {

    private final IngestionService ingestion;
    private final EntityManager em;

    public ArticleAdminService(IngestionService ingestion, EntityManager em) {
        this.ingestion = ingestion;
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ManagedArticle> list() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.id, a.title, a.checked_on, a.source, a.ingested_at, a.withdrawn_at, count(p.id)
                FROM article a LEFT JOIN passage p ON p.article_id = a.id
                GROUP BY a.id ORDER BY a.withdrawn_at IS NOT NULL, a.ingested_at DESC, a.id""").getResultList();
        return rows.stream().map(r -> new ManagedArticle((String) r[0], (String) r[1], Dates.localDate(r[2]), (String) r[3],
                Dates.instant(r[4]), Dates.instant(r[5]), ((Number) r[6]).longValue())).toList();
    }

    /** The article's passages with their ids, for editors choosing what a correction cites. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ArticlePassage> passages(String articleId) {
        if (Article.findById(articleId) == null) {
            throw ProblemException.notFound("No article '" + articleId + "'.");
        }
        return Passage.ofArticle(articleId).stream()
                .map(p -> new ArticlePassage(p.id, p.position, p.kind.name().toLowerCase(Locale.ROOT), p.section, p.text)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ManagedArticle summary(String articleId) {
        return list().stream().filter(a -> a.id().equals(articleId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("No article '" + articleId + "'."));
    }

    /** Ingests an uploaded file; a malformed one changes nothing and is refused with the reason. */
    public ArticleUpload upload(String fileName, byte[] content) {
        String name = baseName(fileName);
        if (name.isEmpty()) {
            throw ProblemException.badRequest("file-name-required",
                    "filename: the file's name, ending in .txt (the site's text export) or .json (the JSON article format)");
        }
        if (content == null || content.length == 0) {
            throw ProblemException.badRequest("malformed-article", name + ": the file is empty");
        }
        IngestionService.FileResult result = ingestion.ingest(name, content);
        if (result.outcome() == IngestionService.Outcome.FAILED) {
            throw ProblemException.badRequest("malformed-article", name + ": " + result.reason());
        }
        return new ArticleUpload(result.articleId(), result.outcome().name().toLowerCase(Locale.ROOT), result.passages());
    }

    public void withdraw(String articleId) {
        if (!ingestion.withdraw(articleId)) {
            throw ProblemException.notFound("No article '" + articleId + "'.");
        }
    }

    // A browser may send a full client path as the file name.
    private static String baseName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.strip();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}
