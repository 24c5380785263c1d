package com.webook.web.config;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.webook.web.auth.BearerToken;
import com.webook.web.common.EnvelopeWriter;
import com.webook.web.common.JsonErrorReportValve;
import com.webook.web.common.RejectedPathFilter;
import com.webook.web.common.RequestBodyLimitFilter;
import io.micrometer.tracing.Tracer;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/** HTTP concerns that sit in front of every controller. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    /** Malformed paths are refused before anything else looks at them. */
    @Bean
    FilterRegistrationBean<RejectedPathFilter> rejectedPathFilter(EnvelopeWriter writer) {
        FilterRegistrationBean<RejectedPathFilter> registration = new FilterRegistrationBean<>(new RejectedPathFilter(writer));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Only a valid W3C traceparent joins its trace; before Spring's observation filter opens the span. */
    @Bean
    FilterRegistrationBean<TraceparentFilter> traceparentFilter() {
        FilterRegistrationBean<TraceparentFilter> registration = new FilterRegistrationBean<>(new TraceparentFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * What Tomcat refuses before the application (a {@code %00} in the path, say) is answered with the
     * envelope too: the host's error page is swapped for {@link JsonErrorReportValve} before the host's
     * pipeline starts (on this and on the management server).
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorPages() {
        return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() != null) {
                Pipeline pipeline = context.getParent().getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof JsonErrorReportValve)) {
                        pipeline.removeValve(valve);
                    }
                }
                if (Arrays.stream(pipeline.getValves()).noneMatch(JsonErrorReportValve.class::isInstance)) {
                    pipeline.addValve(new JsonErrorReportValve());
                }
            }
        }));
    }

    /**
     * CORS as a servlet filter, ahead of authentication, so preflight requests are answered without a
     * token. Exposes the two token headers so browser clients can read them.
     */
    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(@Value("${webook.web.cors.allowed-origins}") List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of(BearerToken.HEADER, "Content-Type", TraceIdHeaderFilter.HEADER));
        cors.setExposedHeaders(List.of(BearerToken.ACCESS_TOKEN_HEADER, BearerToken.REFRESH_TOKEN_HEADER,
                TraceIdHeaderFilter.HEADER));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * Bodies are small JSON objects, except an article's, whose content may reach 1 MiB of Markdown
     * (the article provider checks that exactly); its limit leaves room for JSON escaping.
     */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            @Value("${webook.web.max-body-size:256KB}") DataSize limit,
            @Value("${webook.web.max-article-body-size:4MB}") DataSize articleLimit, EnvelopeWriter writer) {
        Map<String, Long> articlePaths = Map.of(
                "/articles/edit", articleLimit.toBytes(),
                "/articles/publish", articleLimit.toBytes());
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(limit.toBytes(), articlePaths, writer));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TraceIdHeaderFilter> traceIdHeaderFilter(Tracer tracer) {
        FilterRegistrationBean<TraceIdHeaderFilter> registration =
                new FilterRegistrationBean<>(new TraceIdHeaderFilter(tracer));
        // After Spring's observation filter has opened the request's span.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return registration;
    }

    /**
     * A JSON field of the wrong type is a 400, not silently converted: no numbers or booleans into
     * text fields, no text into numbers.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictScalars() {
        return builder -> builder.postConfigurer(mapper -> {
            mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Integer)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Boolean)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        });
    }
}
