package com.webook.web.config;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A client's {@code traceparent} joins its trace only when it is valid W3C Trace Context: lower-case hex,
 * a known version (not {@code ff}), a trace id and a parent id that are not all zeros. Anything else is
 * hidden from the tracer (with its {@code tracestate}), which then starts a trace of its own, so a
 * client cannot plant what ends up in every log line of its request. Runs before the tracing filter.
 */
public class TraceparentFilter extends OncePerRequestFilter {

    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";
    private static final Pattern VERSION_00 = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");
    private static final Pattern LATER_VERSION = Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}(-.*)?");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_PARENT = "0".repeat(16);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String traceparent = request.getHeader(TRACEPARENT);
        if (traceparent == null || valid(traceparent)) {
            chain.doFilter(request, response);
        } else {
            chain.doFilter(new WithoutTraceContext(request), response);
        }
    }

    static boolean valid(String traceparent) {
        var version00 = VERSION_00.matcher(traceparent);
        if (version00.matches()) {
            return !version00.group(1).equals(ZERO_TRACE) && !version00.group(2).equals(ZERO_PARENT);
        }
        var later = LATER_VERSION.matcher(traceparent);
        return later.matches() && !later.group(1).equals("00") && !later.group(1).equals("ff")
                && !later.group(2).equals(ZERO_TRACE) && !later.group(3).equals(ZERO_PARENT);
    }

    private static final class WithoutTraceContext extends HttpServletRequestWrapper {

        WithoutTraceContext(HttpServletRequest request) {
            super(request);
        }

        private static boolean hidden(String name) {
            return TRACEPARENT.equalsIgnoreCase(name) || TRACESTATE.equalsIgnoreCase(name);
        }

        @Override
        public String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !hidden(name)).toList());
        }
    }
}
