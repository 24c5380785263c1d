package com.webook.interactive.domain;

/** Storing a folder failed because the user already has one with this name. */
public final class FolderNameTaken extends RuntimeException {

    public FolderNameTaken() {
        super("collection name taken", null, false, false);
    }
}
