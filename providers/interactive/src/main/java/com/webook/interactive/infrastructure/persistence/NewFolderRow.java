package com.webook.interactive.infrastructure.persistence;

/** The values of a folder insert; MyBatis writes the generated id back into it. */
public final class NewFolderRow {

    private Long id;
    private final long uid;
    private final String name;
    private final long now;

    NewFolderRow(long uid, String name, long now) {
        this.uid = uid;
        this.name = name;
        this.now = now;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getUid() {
        return uid;
    }

    public String getName() {
        return name;
    }

    public long getNow() {
        return now;
    }
}
