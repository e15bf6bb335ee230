package org.factually.assistant.partner;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.answering.AskingKey;

/** Answering records each answer with the key admitted for its request; outside a request no key was admitted. */
@ApplicationScoped
class AdmittedKeyAsking implements AskingKey {

    private final AdmittedKey admitted;

    AdmittedKeyAsking(AdmittedKey admitted) {
        this.admitted = admitted;
    }

    @Override
    public Long keyId() {
        return Arc.container().requestContext().isActive() ? admitted.keyId() : null;
    }
}
