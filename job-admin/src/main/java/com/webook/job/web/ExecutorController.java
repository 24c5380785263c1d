package com.webook.job.web;

import com.webook.console.kit.Envelope;

import java.util.List;

import com.webook.job.application.ManagingExecutors;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Executor apps and their instances; an instance out of rotation and back. */
@RestController
@RequestMapping("/api/v1/executors")
class ExecutorController {

    private final ManagingExecutors managing;

    ExecutorController(ManagingExecutors managing) {
        this.managing = managing;
    }

    @GetMapping
    Envelope<List<ManagingExecutors.AppView>> list(Authentication auth) {
        return Envelope.ok(managing.list(Operators.of(auth)));
    }

    record InstanceRequest(String address, boolean enabled) {
    }

    @PostMapping("/{app}/rotation")
    Envelope<Void> rotation(Authentication auth, @PathVariable String app, @RequestBody InstanceRequest request) {
        managing.setEnabled(Operators.of(auth), app, request.address(), request.enabled());
        return Envelope.ok(null);
    }
}
