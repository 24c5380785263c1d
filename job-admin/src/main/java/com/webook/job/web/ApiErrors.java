package com.webook.job.web;

import com.webook.console.kit.ConsoleErrors;
import com.webook.console.kit.Envelope;
import com.webook.job.domain.JobRejected;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The console API's errors as envelopes (codes 410xxx): a rejection keeps its message and maps its kind to a
 * status; unreadable input, unknown paths and the unexpected are the console kit's ({@link ConsoleErrors}).
 */
@RestControllerAdvice
class ApiErrors extends ConsoleErrors {

    static final int INVALID = 410001;
    static final int UNAUTHENTICATED = 410002;
    static final int FORBIDDEN = 410003;
    static final int NOT_FOUND = 410004;
    static final int CONFLICT = 410009;
    static final int INTERNAL = 500001;

    ApiErrors() {
        super(INVALID, NOT_FOUND, INTERNAL);
    }

    @ExceptionHandler(JobRejected.class)
    ResponseEntity<Envelope<Void>> rejected(JobRejected e) {
        return switch (e.kind()) {
            case INVALID -> answer(HttpStatus.BAD_REQUEST, INVALID, e.getMessage());
            case NOT_FOUND -> answer(HttpStatus.NOT_FOUND, NOT_FOUND, e.getMessage());
            case CONFLICT -> answer(HttpStatus.CONFLICT, CONFLICT, e.getMessage());
            case FORBIDDEN -> answer(HttpStatus.FORBIDDEN, FORBIDDEN, e.getMessage());
        };
    }
}
