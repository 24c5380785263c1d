package com.webook.ranking.infrastructure.job;

import java.util.Optional;

import com.webook.ranking.application.ComputingHotList;
import com.xxl.job.core.context.XxlJobHelper;
import com.xxl.job.core.handler.annotation.XxlJob;

/**
 * {@value #HANDLER}, the handler job-admin fires through the embedded executor: one run of the job (its
 * report in the run's log, which the console shows), or a note that another instance is running one.
 */
public class RankingJobHandler {

    public static final String HANDLER = "rankingJob";

    private final ComputingHotList computing;

    public RankingJobHandler(ComputingHotList computing) {
        this.computing = computing;
    }

    @XxlJob(HANDLER)
    public void run() {
        Optional<ComputingHotList.Report> report;
        try {
            report = computing.runAlone();
        } catch (RuntimeException failed) {
            XxlJobHelper.log(failed);
            XxlJobHelper.handleFail(failed.getMessage());
            return;
        }
        if (report.isPresent()) {
            XxlJobHelper.log(report.get().toString());
            XxlJobHelper.handleSuccess(report.get().toString());
        } else {
            XxlJobHelper.log("another instance is computing the list now; nothing to do");
            XxlJobHelper.handleSuccess("skipped: another instance is computing");
        }
    }
}
