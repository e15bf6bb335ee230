package org.factually.assistant.partner;

import jakarta.enterprise.context.RequestScoped;

/** The partner key admitted for the current request, if a partner made it; set by {@link PartnerKeyFilter}. */
@RequestScoped
public class AdmittedKey {

    private Long keyId;

    void admit(long id) {
        this.keyId = id;
    }

    Long keyId() {
        return keyId;
    }
}
