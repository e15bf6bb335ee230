package org.factually.assistant.partner;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/** Keys a test makes through the real key service, and removes again with their counters afterwards. */
@ApplicationScoped
public class TestKeys {

    private final PartnerKeyService keys;
    private final List<Long> made = new ArrayList<>();

    public TestKeys(PartnerKeyService keys) {
        this.keys = keys;
    }

    public synchronized CreatedKey create(int rateLimit, int dailyQuota) {
        CreatedKey key = keys.create(new KeyRequest("test partner", rateLimit, dailyQuota));
        made.add(key.id());
        return key;
    }

    /** Keys created by a test through the admin endpoint are removed with the others. */
    public synchronized void forget(long id) {
        made.add(id);
    }

    public synchronized void removeAll() {
        List<Long> ids = List.copyOf(made);
        made.clear();
        QuarkusTransaction.requiringNew().run(() -> ApiKey.delete("id in ?1", ids));
    }
}
