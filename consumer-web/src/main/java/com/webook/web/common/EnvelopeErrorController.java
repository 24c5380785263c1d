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
        if (code == null) {
            // Asked for directly, not forwarded here by an error: there is no such page.
            writer.write(response, HttpStatus.NOT_FOUND.value(), WebErrorCode.NOT_FOUND, "no such path");
            return;
        }
        int status = code instanceof Integer value && value >= 400 ? value : HttpStatus.INTERNAL_SERVER_ERROR.value();
        writer.write(response, status, WebErrorCode.forStatus(status), WebErrorCode.messageFor(status));
    }
}
