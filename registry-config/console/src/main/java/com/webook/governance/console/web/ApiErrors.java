package com.webook.governance.console.web;

import com.webook.console.kit.ConsoleErrors;
import com.webook.console.kit.Envelope;
import com.webook.governance.console.application.Rejected;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The console API's errors as envelopes (codes 420xxx): a refusal keeps its message and maps its kind to a
 * status; unreadable input, unknown paths and the unexpected are the console kit's ({@link ConsoleErrors}).
 */
@RestControllerAdvice
class ApiErrors extends ConsoleErrors {

    static final int INVALID = 420001;
    static final int UNAUTHENTICATED = 420002;
    static final int FORBIDDEN = 420003;
    static final int NOT_FOUND = 420004;
    static final int CONFLICT = 420009;
    static final int UNAVAILABLE = 520002;
    static final int INTERNAL = 520001;

    ApiErrors() {
        super(INVALID, NOT_FOUND, INTERNAL);
    }

    @ExceptionHandler(Rejected.class)
    ResponseEntity<Envelope<Void>> rejected(Rejected e) {
        return switch (e.kind()) {
            case INVALID -> answer(HttpStatus.BAD_REQUEST, INVALID, e.getMessage());
            case NOT_FOUND -> answer(HttpStatus.NOT_FOUND, NOT_FOUND, e.getMessage());
            case CONFLICT -> answer(HttpStatus.CONFLICT, CONFLICT, e.getMessage());
            case FORBIDDEN -> answer(HttpStatus.FORBIDDEN, FORBIDDEN, e.getMessage());
            case UNAVAILABLE -> answer(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE, e.getMessage());
        };
    }
}
