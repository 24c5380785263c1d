package com.webook.console.kit;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A console API's errors as envelopes, the part every console shares: unreadable input is 400 without
 * echoing it, an unknown path 404, anything unexpected 500 with an incident id, logged once. A console's
 * advice extends this and adds its own refusals.
 */
public abstract class ConsoleErrors {

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

    private final int invalid;
    private final int notFound;
    private final int internal;

    protected ConsoleErrors(int invalid, int notFound, int internal) {
        this.invalid = invalid;
        this.notFound = notFound;
        this.internal = internal;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ResponseEntity<Envelope<Void>> unreadable(Exception e) {
        return answer(HttpStatus.BAD_REQUEST, invalid, "the request is not valid JSON of the expected shape, "
                + "or a parameter is missing or has the wrong type");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Envelope<Void>> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, invalid, "send JSON (Content-Type: application/json)");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Envelope<Void>> method(HttpRequestMethodNotSupportedException e) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, invalid, "method not allowed here");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Envelope<Void>> noResource(NoResourceFoundException e) {
        return answer(HttpStatus.NOT_FOUND, notFound, "no such path");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Envelope<Void>> unexpected(Exception e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("incident {}: {}", incident, e.toString(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, internal, "something went wrong (incident " + incident + ")");
    }

    public static ResponseEntity<Envelope<Void>> answer(HttpStatus status, int code, String msg) {
        return ResponseEntity.status(status).body(new Envelope<>(code, msg, null));
    }
}
