package com.webook.web.common;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.api.common.v1.ErrorCode;
import com.webook.web.auth.BearerToken;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Writes an error envelope where no controller advice reaches: servlet filters and the error page. */
@Component
public class EnvelopeWriter {

    private final ObjectMapper json;

    public EnvelopeWriter(ObjectMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, int status, ErrorCode code, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BearerToken.CHALLENGE);
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Envelope.error(code, message));
    }
}
