package com.webook.sms.domain;

/** Why a send request was refused. */
public enum Rejection {
    INVALID_ARGUMENT,
    UNAUTHORIZED,
    SEND_FAILED
}
