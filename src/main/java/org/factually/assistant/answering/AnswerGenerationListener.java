package org.factually.assistant.answering;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Listens on channel {@code answer_generation} on a connection of its own and drops every cached decision when
 * any instance commits a change to articles, passages or reviews (the triggers of migration V11_1 notify).
 */
@ApplicationScoped
public class AnswerGenerationListener {

    static final String CHANNEL = "answer_generation";
    private static final Logger LOG = Logger.getLogger(AnswerGenerationListener.class);

    private final AgroalDataSource dataSource;
    private final DecisionCache cache;
    private final DecisionCacheConfig config;
    private volatile boolean running;
    private Thread thread;

    public AnswerGenerationListener(AgroalDataSource dataSource, DecisionCache cache, DecisionCacheConfig config) {
        this.dataSource = dataSource;
        this.cache = cache;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "answer-generation-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(config.listenTimeout().multipliedBy(2).toMillis());
        }
    }

    private void listen() {
        // An outage fails every reconnection attempt: the first failure and the recovery are logged, not each retry.
        int failures = 0;
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement listen = connection.createStatement()) {
                listen.execute("LISTEN " + CHANNEL);
                if (failures > 0) {
                    LOG.infof("Listening for answer changes again, after %d failed attempts", failures);
                    failures = 0;
                }
                // Changes made while no connection listened were never heard: forget everything once connected.
                cache.invalidateAll();
                PGConnection pg = connection.unwrap(PGConnection.class);
                int timeout = (int) config.listenTimeout().toMillis();
                while (running) {
                    PGNotification[] heard = pg.getNotifications(timeout);
                    if (heard != null && heard.length > 0) {
                        cache.invalidateAll();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    if (failures++ == 0) {
                        LOG.warnf("Listening for answer changes failed (%s); reconnecting", e.getMessage());
                    }
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(config.reconnectDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
