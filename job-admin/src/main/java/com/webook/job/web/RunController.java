package com.webook.job.web;

import com.webook.console.kit.Envelope;

import java.util.List;

import com.webook.job.application.ExecutorChannel;
import com.webook.job.application.ManagingJobs;
import com.webook.job.application.Operator;
import com.webook.job.application.RunStore;
import com.webook.job.domain.JobRejected;
import com.webook.job.domain.RunState;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Runs: newest first, by job and state; one run; its executor's log text; kill. */
@RestController
@RequestMapping("/api/v1/runs")
class RunController {

    private final ManagingJobs managing;
    private final RunStore runs;

    RunController(ManagingJobs managing, RunStore runs) {
        this.managing = managing;
        this.runs = runs;
    }

    @GetMapping
    Envelope<List<RunView>> list(Authentication auth, @RequestParam(required = false) Long job,
                                 @RequestParam(required = false) RunState state,
                                 @RequestParam(defaultValue = "" + Long.MAX_VALUE) long before,
                                 @RequestParam(defaultValue = "50") int limit) {
        Operator operator = Operators.of(auth);
        if (limit < 1 || limit > JobController.MAX_PAGE) {
            throw new JobRejected("limit must be 1 to " + JobController.MAX_PAGE);
        }
        if (job != null) {
            managing.visible(operator, job);
        } else if (!operator.admin() && operator.apps().isEmpty()) {
            return Envelope.ok(List.of());
        }
        return Envelope.ok(runs.page(operator.scope(), job, state, before, limit).stream().map(RunView::of).toList());
    }

    @GetMapping("/{id}")
    Envelope<RunView> get(Authentication auth, @PathVariable long id) {
        return Envelope.ok(RunView.of(managing.run(Operators.of(auth), id)));
    }

    @GetMapping("/{id}/log")
    Envelope<ExecutorChannel.LogPage> log(Authentication auth, @PathVariable long id,
                                          @RequestParam(defaultValue = "1") int from) {
        return Envelope.ok(managing.log(Operators.of(auth), id, from));
    }

    @PostMapping("/{id}/kill")
    Envelope<RunView> kill(Authentication auth, @PathVariable long id) {
        return Envelope.ok(RunView.of(managing.kill(Operators.of(auth), id)));
    }
}
