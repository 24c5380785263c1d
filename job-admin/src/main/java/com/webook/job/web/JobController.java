package com.webook.job.web;

import com.webook.console.kit.Envelope;

import java.util.List;

import com.webook.job.application.JobStore;
import com.webook.job.application.ManagingJobs;
import com.webook.job.application.Operator;
import com.webook.job.domain.JobRejected;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Jobs: list, read, create, change, pause, resume, delete, trigger once. */
@RestController
@RequestMapping("/api/v1/jobs")
class JobController {

    static final int MAX_PAGE = 200;

    private final ManagingJobs managing;
    private final JobStore jobs;

    JobController(ManagingJobs managing, JobStore jobs) {
        this.managing = managing;
        this.jobs = jobs;
    }

    @GetMapping
    Envelope<List<JobView>> list(Authentication auth, @RequestParam(defaultValue = "0") long after,
                                 @RequestParam(defaultValue = "50") int limit,
                                 @RequestParam(required = false) String name) {
        Operator operator = Operators.of(auth);
        if (limit < 1 || limit > MAX_PAGE) {
            throw new JobRejected("limit must be 1 to " + MAX_PAGE);
        }
        if (!operator.admin() && operator.apps().isEmpty()) {
            return Envelope.ok(List.of());
        }
        return Envelope.ok(jobs.page(operator.scope(), name, after, limit).stream().map(JobView::of).toList());
    }

    @GetMapping("/{id}")
    Envelope<JobView> get(Authentication auth, @PathVariable long id) {
        return Envelope.ok(JobView.of(managing.visible(Operators.of(auth), id)));
    }

    @PostMapping
    Envelope<JobView> create(Authentication auth, @RequestBody JobRequest request) {
        return Envelope.ok(JobView.of(managing.create(Operators.of(auth), request.definition())));
    }

    @PutMapping("/{id}")
    Envelope<JobView> update(Authentication auth, @PathVariable long id, @RequestBody JobRequest request) {
        if (request.version() == null) {
            throw new JobRejected("version is required: the version of the job you changed");
        }
        return Envelope.ok(JobView.of(managing.update(Operators.of(auth), id, request.version(), request.definition())));
    }

    @PostMapping("/{id}/pause")
    Envelope<JobView> pause(Authentication auth, @PathVariable long id) {
        return Envelope.ok(JobView.of(managing.pause(Operators.of(auth), id)));
    }

    @PostMapping("/{id}/resume")
    Envelope<JobView> resume(Authentication auth, @PathVariable long id) {
        return Envelope.ok(JobView.of(managing.resume(Operators.of(auth), id)));
    }

    @DeleteMapping("/{id}")
    Envelope<Void> delete(Authentication auth, @PathVariable long id) {
        managing.delete(Operators.of(auth), id);
        return Envelope.ok(null);
    }

    record TriggerRequest(String param) {
    }

    @PostMapping("/{id}/trigger")
    Envelope<RunView> trigger(Authentication auth, @PathVariable long id,
                              @RequestBody(required = false) TriggerRequest request) {
        return Envelope.ok(RunView.of(managing.trigger(Operators.of(auth), id, request == null ? null : request.param())));
    }
}
