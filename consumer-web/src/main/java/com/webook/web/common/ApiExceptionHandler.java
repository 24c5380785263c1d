package com.webook.web.common;

import java.util.stream.Collectors;

import cn.dev33.satoken.exception.NotLoginException;
import cn.dev33.satoken.exception.SaTokenException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.webook.api.common.v1.ErrorCode;
import com.webook.api.common.v1.PlatformErrorCode;
import com.webook.api.common.v1.ServiceException;
import com.webook.web.auth.BearerToken;
import com.webook.web.auth.SessionTokens;
import com.webook.web.limit.Throttled;
import org.apache.dubbo.rpc.RpcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into the envelope with a fitting status. Messages for 4xx say what to fix;
 * 5xx answers never carry internals (those go to the log, with the trace id).
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);


    @ExceptionHandler(ApiError.class)
    ResponseEntity<Envelope<Void>> apiError(ApiError error) {
        return answer(error.status(), error.code(), error.getMessage());
    }

    /**
     * A provider's answer: its kind decides the status. A declared rejection's message is written for the
     * user and shown as it is; an incident (an unexpected failure) is shown only with its id, under which
     * the provider logged the details.
     */
    @ExceptionHandler(ServiceException.class)
    ResponseEntity<Envelope<Void>> answeredByProvider(ServiceException answer) {
        ErrorCode code = answer.errorCode();
        HttpStatus status = statusOf(code);
        if (answer.incidentId() == null) {
            if (status == HttpStatus.TOO_MANY_REQUESTS) {
                // A provider's flow rule: they count per second.
                return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, "1")
                        .body(Envelope.error(code, answer.getMessage()));
            }
            return answer(status, code, answer.getMessage());
        }
        log.warn("provider answered incident {} ({})", answer.incidentId(), code);
        PlatformErrorCode failure = status == HttpStatus.SERVICE_UNAVAILABLE
                ? PlatformErrorCode.UNAVAILABLE : PlatformErrorCode.INTERNAL;
        return answer(status, code, failure.message() + " (incident " + answer.incidentId() + ")");
    }

    @ExceptionHandler(NotLoginException.class)
    ResponseEntity<Envelope<Void>> notLoggedIn(NotLoginException e) {
        return unauthorized();
    }

    @ExceptionHandler(Throttled.class)
    ResponseEntity<Envelope<Void>> throttled(Throttled e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(Envelope.error(WebErrorCode.TOO_MANY_REQUESTS, e.getMessage()));
    }

    @ExceptionHandler(SessionTokens.Refused.class)
    ResponseEntity<Envelope<Void>> tokenRefused(SessionTokens.Refused e) {
        return answer(HttpStatus.UNAUTHORIZED, WebErrorCode.UNAUTHORIZED, e.getMessage());
    }

    @ExceptionHandler(SaTokenException.class)
    ResponseEntity<Envelope<Void>> badToken(SaTokenException e) {
        return unauthorized();
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Envelope<Void>> invalidFields(MethodArgumentNotValidException e) {
        String message = e.getBindingResult().getFieldErrors().stream()
                .map(ApiExceptionHandler::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return answer(HttpStatus.BAD_REQUEST, WebErrorCode.INVALID_REQUEST, message);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Envelope<Void>> unreadableBody(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        String message = "the request body must be a JSON object";
        if (cause instanceof PayloadTooLargeException tooLarge) {
            return answer(HttpStatus.PAYLOAD_TOO_LARGE, WebErrorCode.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            message = fieldPath(mismatch) + " has the wrong type";
        } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            message = fieldPath(mapping) + " is invalid";
        } else if (cause instanceof JsonProcessingException) {
            message = "the request body is not valid JSON";
        }
        return answer(HttpStatus.BAD_REQUEST, WebErrorCode.INVALID_REQUEST, message);
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Envelope<Void>> tooLarge(PayloadTooLargeException e) {
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, WebErrorCode.PAYLOAD_TOO_LARGE, e.getMessage());
    }

    /** A parameter, header or path variable is missing, of the wrong type or breaks its constraint. */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingRequestHeaderException.class,
            HandlerMethodValidationException.class})
    ResponseEntity<Envelope<Void>> badParameter(Exception e) {
        return answer(HttpStatus.BAD_REQUEST, WebErrorCode.INVALID_REQUEST, "a request parameter is missing or invalid");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Envelope<Void>> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, WebErrorCode.UNSUPPORTED_MEDIA_TYPE,
                "send the request body as application/json");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Envelope<Void>> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, WebErrorCode.METHOD_NOT_ALLOWED,
                "method " + e.getMethod() + " is not allowed here");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Envelope<Void>> noSuchPath(NoResourceFoundException e) {
        return answer(HttpStatus.NOT_FOUND, WebErrorCode.NOT_FOUND, "no such path");
    }

    @ExceptionHandler(RpcException.class)
    ResponseEntity<Envelope<Void>> providerUnreachable(RpcException e) {
        log.error("provider call failed ({}): {}", e.getCode(), e.getMessage());
        return platformFailure(PlatformErrorCode.UNAVAILABLE);
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<Envelope<Void>> sessionStoreUnreachable(DataAccessException e) {
        log.error("session store failed: {}", e.toString());
        return platformFailure(PlatformErrorCode.UNAVAILABLE);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Envelope<Void>> unexpected(Exception e) {
        log.error("unexpected failure", e);
        return platformFailure(PlatformErrorCode.INTERNAL);
    }

    /** The HTTP status of any error code: its kind's. */
    static HttpStatus statusOf(ErrorCode code) {
        return HttpStatus.valueOf(code.kind().httpStatus());
    }

    private static ResponseEntity<Envelope<Void>> platformFailure(PlatformErrorCode code) {
        return answer(statusOf(code), code, code.message());
    }

    static ResponseEntity<Envelope<Void>> unauthorized() {
        return answer(HttpStatus.UNAUTHORIZED, WebErrorCode.UNAUTHORIZED, "log in first: the token is missing, invalid or expired");
    }

    private static ResponseEntity<Envelope<Void>> answer(HttpStatus status, ErrorCode code, String message) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (status == HttpStatus.UNAUTHORIZED) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, BearerToken.CHALLENGE);
        }
        return answer.body(Envelope.error(code, message));
    }

    private static String describe(FieldError error) {
        return error.getField() + " " + error.getDefaultMessage();
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
