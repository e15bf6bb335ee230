package org.factually.assistant.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * Items handed to one thread, which passes everything queued while its last call ran to one call of {@code write}
 * (group commit): under concurrent load a statement and a commit serve many requests, and a lone item waits for
 * nothing. {@code write} returns one result per item, in order; if it throws, every item of its batch fails with it.
 * Before {@link #start} and after {@link #stop}, an item is written on its caller's thread.
 */
public final class GroupCommit<T, R> {

    private record Pending<T, R>(T item, CompletableFuture<R> result) {
    }

    private final String name;
    private final int maxBatch;
    private final Function<List<T>, List<R>> write;
    private final BlockingQueue<Pending<T, R>> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread thread;

    /** {@code maxBatch}: at most this many items per call; more wait for the next. */
    public GroupCommit(String name, int maxBatch, Function<List<T>, List<R>> write) {
        this.name = name;
        this.maxBatch = maxBatch;
        this.write = write;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Writes what is queued, then stops. */
    public synchronized void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join();
            thread = null;
        }
    }

    /** Writes the item, with those handed in meanwhile, and returns its result once written. */
    public R submit(T item) {
        Pending<T, R> pending = new Pending<>(item, new CompletableFuture<>());
        if (!running) {
            writeBatch(List.of(pending));
        } else {
            queue.add(pending);
            // Stopped between the check and the add, the thread may have drained the queue already: write it here.
            if (!running && queue.remove(pending)) {
                writeBatch(List.of(pending));
            }
        }
        try {
            return pending.result().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(name + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    private void run() {
        List<Pending<T, R>> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            Pending<T, R> first;
            try {
                first = running ? queue.take() : queue.poll();
            } catch (InterruptedException e) {
                continue;
            }
            if (first == null) {
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, maxBatch - 1);
            writeBatch(batch);
            batch.clear();
        }
    }

    private void writeBatch(List<Pending<T, R>> batch) {
        try {
            List<R> results = write.apply(batch.stream().map(Pending::item).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result().complete(results.get(i));
            }
        } catch (RuntimeException | Error e) {
            // Every waiter hears of it, and the thread lives on for the next batch.
            batch.forEach(p -> p.result().completeExceptionally(e));
        }
    }
}
