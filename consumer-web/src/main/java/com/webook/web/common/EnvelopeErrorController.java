package com.webook.web.common;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Errors that happen outside the controllers (in filters, in the container) also answer with the envelope. */
@Controller
public class EnvelopeErrorController implements ErrorController {

    private final EnvelopeWriter writer;

    public EnvelopeErrorController(EnvelopeWriter writer) {
        this.writer = writer;
    }

    @RequestMapping("${server.error.path:/error}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null || status.is2xxSuccessful()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        WebErrorCode errorCode = switch (status) {
            case NOT_FOUND -> WebErrorCode.NOT_FOUND;
            case UNAUTHORIZED -> WebErrorCode.UNAUTHORIZED;
            case PAYLOAD_TOO_LARGE -> WebErrorCode.PAYLOAD_TOO_LARGE;
            case METHOD_NOT_ALLOWED -> WebErrorCode.METHOD_NOT_ALLOWED;
            case UNSUPPORTED_MEDIA_TYPE -> WebErrorCode.UNSUPPORTED_MEDIA_TYPE;
            default -> status.is4xxClientError() ? WebErrorCode.INVALID_REQUEST : WebErrorCode.INTERNAL_ERROR;
        };
        String message = status.is4xxClientError() ? status.getReasonPhrase().toLowerCase()
                : "something went wrong, please try again later";
        writer.write(response, status.value(), errorCode, message);
    }
}
