package org.factually.assistant.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One thread writes what is handed in; every caller hears of its own item's outcome. */
class GroupCommitTest {

    private static final int MAX_BATCH = 8;

    private final GroupCommit<String, String> writer = new GroupCommit<>("test-writer", MAX_BATCH, GroupCommitTest::write);

    private static List<String> write(List<String> items) {
        if (items.contains("fails")) {
            throw new IllegalArgumentException("cannot write " + items);
        }
        return items.stream().map(item -> item + " written by " + Thread.currentThread().getName()).toList();
    }

    @AfterEach
    void stopWriter() throws InterruptedException {
        writer.stop();
    }

    @Test
    void startedItWritesOnItsOwnThread() {
        writer.start();

        assertThat(writer.submit("a")).isEqualTo("a written by test-writer");
    }

    @Test
    void notStartedItWritesOnTheCallersThread() {
        assertThat(writer.submit("a")).isEqualTo("a written by " + Thread.currentThread().getName());
    }

    @Test
    void aFailedWriteFailsItsItemsAndTheWriterGoesOnWithTheNext() {
        writer.start();

        assertThatThrownBy(() -> writer.submit("fails")).isInstanceOf(IllegalArgumentException.class);
        assertThat(writer.submit("b")).isEqualTo("b written by test-writer");
    }

    @Test
    void stoppedItWritesOnTheCallersThreadAgain() throws InterruptedException {
        writer.start();
        writer.stop();

        assertThat(writer.submit("a")).isEqualTo("a written by " + Thread.currentThread().getName());
    }
}
