package com.webook.interactive.domain;

/** One read of one object, named by the id its producer gave it so that a redelivery can be recognised. */
public record ReadEvent(String eventId, BizObject target) {
}
