package com.webook.governance.credential;

/** The attachment keys that carry the platform credential (lower case: Triple sends them as HTTP/2 headers). */
final class CredentialAttachments {

    static final String TIMESTAMP = "webook-credential-ts";
    static final String SIGNATURE = "webook-credential-sig";

    private CredentialAttachments() {
    }
}
