package org.factually.assistant.answering;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Decisions by normalised question (Caffeine through quarkus-cache, cache {@code answer-decisions}). An entry
 * serves only while the generation it was computed at is the database's current {@code answer_generation},
 * which every change to articles, passages or reviews bumps in its own transaction (migration V11_1): so no
 * instance serves an answer from before a change once the change is committed, and
 * {@link AnswerGenerationListener} drops the stale entries of every instance through {@code LISTEN}.
 */
@ApplicationScoped
public class DecisionCache {

    public static final String NAME = "answer-decisions";

    // The answer's commit does not wait for the disk: an answer log lost in a crash's last instant is acceptable,
    // a question waiting on a disk flush is not. Set in the statement that reads the generation, to save a round trip.
    private static final String BEGIN = "SELECT set_config('synchronous_commit', 'off', true), generation FROM answer_generation";

    private final CaffeineCache cache;
    private final EntityManager em;

    public DecisionCache(@CacheName(NAME) Cache cache, EntityManager em) {
        this.cache = cache.as(CaffeineCache.class);
        this.em = em;
    }

    /** Within the answer's transaction: the current generation; the transaction will commit without waiting for the disk. */
    long begin() {
        // Plain JDBC on the transaction's connection: a Hibernate native query costs more CPU than the statement here.
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement read = c.prepareStatement(BEGIN); ResultSet row = read.executeQuery()) {
                row.next();
                return row.getLong(2);
            }
        });
    }

    /**
     * The decision last made for this normalised question, at whatever generation: a repeat's recording checks it
     * against the database's current one in the same statement ({@link AnswerRecorder#recordRepeat}).
     */
    Optional<CachedDecision> get(String normalizedQuestion) {
        CompletableFuture<Object> entry = cache.getIfPresent(normalizedQuestion);
        if (entry == null || !(entry.getNow(null) instanceof CachedDecision decision)) {
            return Optional.empty();
        }
        return Optional.of(decision);
    }

    void put(String normalizedQuestion, CachedDecision decision) {
        cache.put(normalizedQuestion, CompletableFuture.completedFuture(decision));
    }

    /** Drops every decision: the articles or reviews they rest on changed. */
    public void invalidateAll() {
        cache.invalidateAll().await().indefinitely();
    }

    /** How many decisions are kept. */
    public long size() {
        return cache.keySet().size();
    }
}
