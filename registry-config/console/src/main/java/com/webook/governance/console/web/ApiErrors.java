package com.webook.governance.console.web;

import com.webook.governance.console.application.Rejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The console API's errors as envelopes (codes 420xxx): a refusal keeps its message and maps its kind to a
 * status; unreadable input is 400 without echoing it; anything else is 500 with an incident id, logged once.
 */
@RestControllerAdvice
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    static final int INVALID = 420001;
    static final int NOT_FOUND = 420004;
    static final int CONFLICT = 420009;
    static final int FORBIDDEN = 420003;
    static final int UNAVAILABLE = 520002;
    static final int INTERNAL = 520001;

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

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ResponseEntity<Envelope<Void>> unreadable(Exception e) {
        return answer(HttpStatus.BAD_REQUEST, INVALID, "the request is not valid JSON of the expected shape, "
                + "or a parameter is missing or has the wrong type");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Envelope<Void>> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, INVALID, "send JSON (Content-Type: application/json)");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Envelope<Void>> method(HttpRequestMethodNotSupportedException e) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, INVALID, "method not allowed here");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Envelope<Void>> noResource(NoResourceFoundException e) {
        return answer(HttpStatus.NOT_FOUND, NOT_FOUND, "no such path");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Envelope<Void>> unexpected(Exception e) {
        String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
        log.error("incident {}: {}", incident, e.toString(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, INTERNAL, "something went wrong (incident " + incident + ")");
    }

    static ResponseEntity<Envelope<Void>> answer(HttpStatus status, int code, String msg) {
        return ResponseEntity.status(status).body(new Envelope<>(code, msg, null));
    }
}
