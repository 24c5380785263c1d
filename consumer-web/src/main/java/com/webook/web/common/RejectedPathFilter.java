package com.webook.web.common;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, first of all, request paths no client of this API needs and that only serve to confuse path
 * matching: path parameters ({@code ;}, also encoded), empty or dot segments ({@code //}, {@code /./},
 * {@code /../}), encoded slashes, dots, backslashes and percent signs. The answer is a 400 with the
 * envelope; the path is not echoed. (What Tomcat itself refuses before any filter, such as {@code %00},
 * gets the envelope from {@link JsonErrorReportValve}.)
 */
public class RejectedPathFilter extends OncePerRequestFilter {

    private static final List<String> FORBIDDEN = List.of(";", "%3b", "//", "\\\\", "%5c", "%2f", "%2e", "%25",
            "%00", "/./", "/../");

    private final EnvelopeWriter writer;

    public RejectedPathFilter(EnvelopeWriter writer) {
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (rejected(request.getRequestURI())) {
            writer.write(response, HttpStatus.BAD_REQUEST.value(), WebErrorCode.INVALID_REQUEST,
                    "the request path is not valid");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean rejected(String rawPath) {
        if (rawPath == null) {
            return true;
        }
        String path = rawPath.toLowerCase(Locale.ROOT);
        if (path.endsWith("/.") || path.endsWith("/..")) {
            return true;
        }
        for (String forbidden : FORBIDDEN) {
            if (path.contains(forbidden)) {
                return true;
            }
        }
        return false;
    }
}
