package com.webook.web.limit;

import static org.assertj.core.api.Assertions.assertThat;

import com.alibaba.csp.sentinel.slots.block.BlockException;
import com.alibaba.csp.sentinel.slots.block.authority.AuthorityException;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeException;
import com.alibaba.csp.sentinel.slots.block.flow.FlowException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.web.common.EnvelopeWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class FlowControlRefusalsTest {

    private final ObjectMapper json = new ObjectMapper();
    private final FlowControlConfiguration.Refusals refusals =
            new FlowControlConfiguration.Refusals(new EnvelopeWriter(json));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            flow,      429, 400101, 1
            degrade,   503, 500003,
            authority, 403, 400102,
            """)
    void aRefusedRequestAnswersTheEnvelope(String kind, int status, int code, String retryAfter) throws Exception {
        BlockException refused = switch (kind) {
            case "flow" -> new FlowException("default");
            case "degrade" -> new DegradeException("default");
            default -> new AuthorityException("default");
        };
        MockHttpServletResponse response = new MockHttpServletResponse();

        refusals.handle(new MockHttpServletRequest("GET", "/ping"), response, "GET:/ping", refused);

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getHeader("Retry-After")).isEqualTo(retryAfter);
        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode body = json.readTree(response.getContentAsString());
        assertThat(body.path("code").asInt()).isEqualTo(code);
        assertThat(body.path("msg").asText()).isNotBlank();
    }
}
