package com.webook.web.common;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cheapest public endpoint: no token, no provider call. A liveness check and a benchmark baseline. */
@RestController
class PingController {

    @GetMapping("/ping")
    Envelope<String> ping() {
        return Envelope.ok("pong");
    }
}
