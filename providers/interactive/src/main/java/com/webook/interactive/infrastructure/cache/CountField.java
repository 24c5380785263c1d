package com.webook.interactive.infrastructure.cache;

/** The fields of a cached counts hash. */
public enum CountField {
    READ("read_cnt"),
    LIKE("like_cnt"),
    COLLECT("collect_cnt");

    private final String field;

    CountField(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }
}
