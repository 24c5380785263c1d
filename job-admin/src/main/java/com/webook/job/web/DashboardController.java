package com.webook.job.web;

import com.webook.console.kit.Envelope;

import com.webook.job.application.ReadingDashboard;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The console's front page figures. */
@RestController
class DashboardController {

    private final ReadingDashboard dashboard;

    DashboardController(ReadingDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/api/v1/dashboard")
    Envelope<ReadingDashboard.Dashboard> dashboard(Authentication auth) {
        return Envelope.ok(dashboard.read(Operators.of(auth)));
    }
}
