package com.webook.governance.console.web;

import com.webook.console.kit.Envelope;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;

import com.webook.governance.console.application.HeartbeatPolicy;
import com.webook.governance.console.application.Machines;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sentinel's heartbeat, as every Sentinel client sends it to its console ({@code csp.sentinel.dashboard.server}):
 * any Sentinel-enabled app, ours or not, appears here. A heartbeat that names an address other than the one
 * it came from is refused (see {@link HeartbeatPolicy}), so nobody can make the console call elsewhere.
 */
@RestController
class HeartbeatController {

    private static final Logger log = LoggerFactory.getLogger(HeartbeatController.class);

    private final Machines machines;
    private final HeartbeatPolicy policy;
    private final Clock clock;

    HeartbeatController(Machines machines, HeartbeatPolicy policy, Clock clock) {
        this.machines = machines;
        this.policy = policy;
        this.clock = clock;
    }

    @PostMapping("/registry/machine")
    ResponseEntity<Envelope<Void>> heartbeat(@RequestParam(required = false) String app,
                                             @RequestParam(required = false) String ip,
                                             @RequestParam(required = false) String port,
                                             @RequestParam(required = false, defaultValue = "") String hostname,
                                             @RequestParam(required = false, defaultValue = "") String v,
                                             HttpServletRequest request) throws UnknownHostException {
        InetAddress source = InetAddress.getByName(request.getRemoteAddr());
        String refusal = policy.refusal(app, ip, port, source);
        if (refusal != null) {
            log.warn("refused a heartbeat from {}: {}", source.getHostAddress(), refusal);
            return ApiErrors.answer(HttpStatus.FORBIDDEN, ApiErrors.FORBIDDEN, "heartbeat refused: " + refusal);
        }
        machines.heartbeat(new Machines.Machine(app, HeartbeatPolicy.normalised(ip), Integer.parseInt(port.trim()), hostname, v),
                clock.instant());
        return ResponseEntity.ok(Envelope.ok(null));
    }
}
