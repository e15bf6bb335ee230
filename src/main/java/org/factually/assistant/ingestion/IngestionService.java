package org.factually.assistant.ingestion;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import org.factually.assistant.articles.ArticleContent;
import org.factually.assistant.articles.ArticleStore;
import org.factually.assistant.articles.CorpusChanged;
import org.factually.assistant.articles.PassageDraft;
import org.factually.assistant.common.SentenceSplitter;
import org.factually.assistant.embedding.EmbeddingService;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/** Parses, cuts, embeds and stores articles; an unchanged article is left as it is. */
@ApplicationScoped
public class IngestionService {

    private static final Logger LOG = Logger.getLogger(IngestionService.class);
    // A large article takes minutes to embed: the log says how far the load is at least this often.
    private static final long PROGRESS_INTERVAL_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);

    public enum Outcome { ADDED, UPDATED, UNCHANGED, FAILED }

    public record FileResult(String source, String articleId, Outcome outcome, int passages, String reason) {
        static FileResult failed(String source, String reason) {
            return new FileResult(source, null, Outcome.FAILED, 0, reason);
        }
    }

    public record Report(int added, int updated, int unchanged, int passages, List<FileResult> failures, long millis) {
    }

    private final ArticleFileReader reader;
    private final ArticleStore store;
    private final EmbeddingService embeddings;
    private final CorpusConfig config;
    private final Event<CorpusChanged> changed;
    private final IngestionProgress progress;

    public IngestionService(ArticleFileReader reader, ArticleStore store, EmbeddingService embeddings,
                            CorpusConfig config, Event<CorpusChanged> changed, IngestionProgress progress) {
        this.progress = progress;
        this.reader = reader;
        this.store = store;
        this.embeddings = embeddings;
        this.config = config;
        this.changed = changed;
    }

    /** Ingests one article file, e.g. an editor's upload; uploading a withdrawn article publishes it again. */
    public FileResult ingest(String fileName, byte[] content) {
        FileResult result = ingestQuietly(fileName, content, new HashMap<>(), true);
        if (result.outcome() == Outcome.ADDED || result.outcome() == Outcome.UPDATED) {
            changed.fire(new CorpusChanged(1));
        }
        return result;
    }

    /** Withdraws an article: its passages stop being evidence at once. False if there is no such article. */
    public boolean withdraw(String articleId) {
        boolean found = store.withdraw(articleId);
        if (found) {
            changed.fire(new CorpusChanged(1));
        }
        return found;
    }

    /** Undoes a withdrawal: the article's passages are evidence again. False if it cannot be undone. */
    public boolean restore(String articleId) {
        boolean restored = store.restore(articleId);
        if (restored) {
            changed.fire(new CorpusChanged(1));
        }
        return restored;
    }

    /** Ingests every article file of a folder; a malformed file is reported and skipped while the others load. */
    public Report ingestDirectory(Path dir) {
        return ingestDirectories(List.of(dir));
    }

    /**
     * Ingests the article files of several folders as one corpus: an article id is used once across them all.
     * The start-up load runs on a thread of its own, which needs a request context for the article queries.
     */
    @ActivateRequestContext
    public Report ingestDirectories(List<Path> dirs) {
        long started = System.nanoTime();
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> listing = Files.list(dir)) {
                files.addAll(listing.filter(Files::isRegularFile)
                        .filter(p -> ArticleFileReader.isArticleFile(p.getFileName().toString()))
                        .sorted()
                        .toList());
            } catch (IOException e) {
                throw new IllegalStateException("cannot list the corpus folder " + dir + ": " + e.getMessage(), e);
            }
        }
        String dir = dirs.toString();
        LOG.infof("ingesting %d article files from %s", files.size(), dir);
        progress.started(files.size());
        Map<String, String> seenIds = new HashMap<>();
        Tally tally = new Tally();
        // The next article is embedded while the one before it is written: the model and the database work at once.
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "corpus-writer"));
        Deque<Future<FileResult>> writing = new ArrayDeque<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                String name = files.get(i).getFileName().toString();
                Prepared prepared;
                try {
                    prepared = prepare(name, Files.readAllBytes(files.get(i)), seenIds, false);
                } catch (IOException e) {
                    prepared = Prepared.done(FileResult.failed(name, "cannot be read: " + e.getMessage()));
                }
                Prepared ready = prepared;
                writing.add(ready.result() != null ? CompletableFuture.completedFuture(ready.result())
                        : writer.submit(() -> storeInRequestContext(ready)));
                while (writing.size() > config.writesAhead() || !writing.isEmpty() && writing.peek().isDone()) {
                    tally.add(await(writing.poll()), files.size());
                }
            }
            while (!writing.isEmpty()) {
                tally.add(await(writing.poll()), files.size());
            }
        } finally {
            writer.shutdownNow();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("corpus %s: %d added, %d updated, %d unchanged, %d failed, %d passages embedded in %d ms",
                dir, tally.added, tally.updated, tally.unchanged, tally.failures.size(), tally.passages, millis);
        if (tally.added + tally.updated > 0) {
            changed.fire(new CorpusChanged(tally.added + tally.updated));
        }
        progress.finished();
        return new Report(tally.added, tally.updated, tally.unchanged, tally.passages, List.copyOf(tally.failures), millis);
    }

    /** {@code reinstate}: whether a withdrawn article is ingested again; a folder reload leaves it withdrawn. */
    private FileResult ingestQuietly(String fileName, byte[] content, Map<String, String> seenIds, boolean reinstate) {
        Prepared prepared = prepare(fileName, content, seenIds, reinstate);
        return prepared.result() != null ? prepared.result() : store(prepared);
    }

    /**
     * An article file parsed, cut and embedded, ready to be written; or, when there is nothing to write (unchanged,
     * malformed), its result.
     */
    private record Prepared(FileResult result, String fileName, String hash, boolean existed, ArticleContent content,
                            List<ArticleStore.EmbeddedPassage> passages, List<float[]> claimVectors) {
        static Prepared done(FileResult result) {
            return new Prepared(result, null, null, false, null, null, null);
        }
    }

    private Prepared prepare(String fileName, byte[] content, Map<String, String> seenIds, boolean reinstate) {
        ParsedArticle parsed;
        try {
            parsed = reader.read(fileName, content);
        } catch (MalformedArticleException e) {
            return Prepared.done(FileResult.failed(fileName, e.getMessage()));
        }
        int unbroken = longestUnbrokenRun(parsed);
        if (unbroken > config.maxUnbrokenChars()) {
            return Prepared.done(FileResult.failed(fileName, "a paragraph runs " + unbroken + " characters without a sentence break (at most "
                    + config.maxUnbrokenChars() + "): not prose that can be quoted"));
        }
        String earlier = seenIds.putIfAbsent(parsed.id(), fileName);
        if (earlier != null) {
            return Prepared.done(FileResult.failed(fileName, "article id '" + parsed.id() + "' is already used by " + earlier));
        }
        String hash = hash(content);
        ArticleStore.Stored stored = store.stored(parsed.id());
        if (stored != null && (stored.withdrawn() ? !reinstate : hash.equals(stored.contentHash()))) {
            return Prepared.done(new FileResult(fileName, parsed.id(), Outcome.UNCHANGED, 0, null));
        }
        try {
            ArticleLayout.Laid laid = ArticleLayout.of(parsed, config.passageMaxChars());
            // Reviewed claims are compared with claims, so they are embedded without the query instruction.
            List<float[]> claimVectors = parsed.claims().isEmpty() ? List.of()
                    : embeddings.embedPassages(parsed.claims().stream().map(c -> c.claim()).toList());
            ArticleContent article = new ArticleContent(parsed.id(), parsed.title(), parsed.question(), parsed.checkedOn(), parsed.url(),
                    parsed.summary(), laid.body(), laid.passages(), parsed.related(), parsed.claims());
            return new Prepared(null, fileName, hash, stored != null, article, embed(laid.passages()), claimVectors);
        } catch (RuntimeException e) {
            return Prepared.done(FileResult.failed(fileName, "could not be embedded: " + innermost(e)));
        }
    }

    private FileResult store(Prepared p) {
        try {
            store.replace(p.content(), p.passages(), p.claimVectors(), p.fileName(), p.hash());
            return new FileResult(p.fileName(), p.content().id(), p.existed() ? Outcome.UPDATED : Outcome.ADDED, p.passages().size(), null);
        } catch (RuntimeException e) {
            // One file the database refuses must not stop the others: ArticleStore.replace is one transaction, so
            // nothing of it was kept. The reason is the innermost message, without a stack trace.
            return FileResult.failed(p.fileName(), "could not be stored: " + innermost(e));
        }
    }

    /** The writer thread has no request context of its own; the article queries need one. */
    private FileResult storeInRequestContext(Prepared p) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            return store(p);
        } finally {
            context.terminate();
        }
    }

    private static FileResult await(Future<FileResult> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while articles were being written", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the corpus writer failed: " + innermost(e), e);
        }
    }

    /** What a folder load did so far, counted in file order as the writes finish, with the progress log. */
    private final class Tally {
        int added, updated, unchanged, passages, done;
        final List<FileResult> failures = new ArrayList<>();
        long lastReport = System.nanoTime();

        void add(FileResult r, int files) {
            switch (r.outcome()) {
                case ADDED -> added++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case FAILED -> {
                    failures.add(r);
                    LOG.warnf("skipped %s: %s", r.source(), r.reason());
                }
            }
            passages += r.passages();
            done++;
            progress.fileDone();
            if (done % config.progressEvery() == 0 || System.nanoTime() - lastReport > PROGRESS_INTERVAL_NANOS) {
                LOG.infof("ingested %d of %d files (%d passages so far)", done, files, passages);
                lastReport = System.nanoTime();
            }
        }
    }

    private static int longestUnbrokenRun(ParsedArticle article) {
        int longest = 0;
        for (ParsedArticle.Section section : article.sections()) {
            for (SentenceSplitter.Span sentence : SentenceSplitter.split(section.text())) {
                longest = Math.max(longest, sentence.end() - sentence.start());
            }
        }
        return longest;
    }

    private static String innermost(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** Passages and their sentences go to the model in one list, so that its batches stay full. */
    private List<ArticleStore.EmbeddedPassage> embed(List<PassageDraft> passages) {
        List<String> inputs = new ArrayList<>();
        for (PassageDraft p : passages) {
            inputs.add(p.embeddingInput());
            inputs.addAll(p.sentenceTexts());
        }
        List<float[]> vectors = embeddings.embedPassages(inputs);
        List<ArticleStore.EmbeddedPassage> embedded = new ArrayList<>(passages.size());
        int next = 0;
        for (PassageDraft p : passages) {
            float[] passageVector = vectors.get(next++);
            List<float[]> sentenceVectors = vectors.subList(next, next + p.sentences().size());
            next += p.sentences().size();
            embedded.add(new ArticleStore.EmbeddedPassage(p, passageVector, List.copyOf(sentenceVectors)));
        }
        return embedded;
    }

    private String hash(byte[] content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((config.pipelineVersion() + "/" + config.passageMaxChars() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
