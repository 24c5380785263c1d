package com.webook.governance.console.application;

import java.util.List;

import com.webook.governance.sentinel.RuleType;

/** Where the rules in force live (etcd): one text per app and type, changed only if unchanged meanwhile. */
public interface RuleStore {

    /** The text of one app's rules of one type and its version; text "[]" and version 0 when there is none. */
    Stored read(String app, RuleType type);

    /**
     * Writes {@code text} if the rules are still at {@code version}.
     *
     * @return false when someone changed them in between (nothing written)
     */
    boolean write(String app, RuleType type, String text, long version);

    /** The apps that have rules. */
    List<String> apps();

    record Stored(String text, long version) {
    }
}
