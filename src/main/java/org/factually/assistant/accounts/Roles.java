package org.factually.assistant.accounts;

import java.util.List;

/** The roles of newsroom accounts. Readers may hold an account but never see an editor page. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String READER = "reader";

    public static final List<String> ALL = List.of(ADMIN, EDITOR, READER);

    private Roles() {
    }
}
