package com.webook.web.limit;

import com.alibaba.csp.sentinel.adapter.spring.webmvc_v6x.SentinelWebInterceptor;
import com.alibaba.csp.sentinel.adapter.spring.webmvc_v6x.callback.BlockExceptionHandler;
import com.alibaba.csp.sentinel.adapter.spring.webmvc_v6x.config.SentinelWebMvcConfig;
import com.alibaba.csp.sentinel.slots.block.BlockException;
import com.webook.api.common.v1.PlatformErrorCode;
import com.webook.governance.sentinel.BlockedCalls;
import com.webook.web.common.EnvelopeWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sentinel on every HTTP endpoint, before anything else runs for the request (the login check included):
 * each endpoint is a resource named by its method and path pattern, {@code GET:/articles/pub/{id}}, so a
 * flow rule set in the governance console on that name limits it. A refused request answers the envelope:
 * 429 with {@code Retry-After} for flow, hot-parameter and system rules, 503 for an open breaker, 403 for an
 * authority rule. The calls the request makes to providers are guarded again by the Dubbo filters
 * ({@code dubbo:consumer:...}), where the breakers that let pages degrade live.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "webook.sentinel.enabled", havingValue = "true", matchIfMissing = true)
public class FlowControlConfiguration implements WebMvcConfigurer {

    /** When a throttled client may try again: flow rules count per second. */
    static final String RETRY_AFTER_SECONDS = "1";

    private final EnvelopeWriter envelopes;

    FlowControlConfiguration(EnvelopeWriter envelopes) {
        this.envelopes = envelopes;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        SentinelWebMvcConfig config = new SentinelWebMvcConfig();
        config.setWebContextUnify(true);
        config.setBlockExceptionHandler(new Refusals(envelopes));
        registry.addInterceptor(new MethodAndPattern(config)).order(Ordered.HIGHEST_PRECEDENCE);
    }

    /**
     * Names each endpoint's resource {@code <METHOD>:<pattern>}. The v6x adapter's interceptor has the
     * setting for it ({@code setHttpMethodSpecify}) but ignores it (1.8.8), so GET and POST of one path
     * would share one resource and one limit.
     */
    static final class MethodAndPattern extends SentinelWebInterceptor {

        MethodAndPattern(SentinelWebMvcConfig config) {
            super(config);
        }

        @Override
        protected String getResourceName(HttpServletRequest request) {
            String pattern = super.getResourceName(request);
            return pattern == null || pattern.isEmpty() ? pattern : request.getMethod() + ":" + pattern;
        }
    }

    /** The envelope of a request Sentinel refused. */
    static final class Refusals implements BlockExceptionHandler {

        private final EnvelopeWriter envelopes;

        Refusals(EnvelopeWriter envelopes) {
            this.envelopes = envelopes;
        }

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, String resourceName,
                           BlockException refused) throws Exception {
            PlatformErrorCode code = BlockedCalls.codeFor(refused);
            if (code == PlatformErrorCode.THROTTLED) {
                response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            }
            envelopes.write(response, code.kind().httpStatus(), code, code.message());
        }
    }
}
