package com.webook.job.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.xxl.job.core.context.XxlJobHelper;
import com.xxl.job.core.executor.impl.XxlJobSimpleExecutor;
import com.xxl.job.core.handler.annotation.XxlJob;

/**
 * Another team's executor: a plain program on the stock {@code xxl-job-core} 3.2.0, nothing of Webook's,
 * run as its own process by the tests (and by hand: see the README). Arguments: admin addresses, app name,
 * access token, port, log directory, and optionally a file each run appends its job id and run id to.
 *
 * <p>Handlers: {@code demoEcho} logs its parameter and succeeds; {@code demoFail} fails; {@code demoSleep}
 * sleeps its parameter in milliseconds (to be killed or to time out); {@code demoRecord} appends
 * "jobId runId" to the record file and succeeds.
 */
public class DemoExecutor {

    private final Path record;

    DemoExecutor(Path record) {
        this.record = record;
    }

    public static void main(String[] args) throws Exception {
        XxlJobSimpleExecutor executor = new XxlJobSimpleExecutor();
        executor.setAdminAddresses(args[0]);
        executor.setAppname(args[1]);
        executor.setAccessToken(args[2]);
        executor.setIp("127.0.0.1");
        executor.setPort(Integer.parseInt(args[3]));
        executor.setLogPath(args[4]);
        executor.setLogRetentionDays(3);
        executor.setXxlJobBeanList(List.of(new DemoExecutor(args.length > 5 ? Path.of(args[5]) : null)));
        executor.start();
        Runtime.getRuntime().addShutdownHook(new Thread(executor::destroy));
        System.out.println("demo executor " + args[1] + " listening on 127.0.0.1:" + args[3]);
        new CountDownLatch(1).await();
    }

    @XxlJob("demoEcho")
    public void echo() {
        XxlJobHelper.log("hello from the demo executor, param={}", XxlJobHelper.getJobParam());
        XxlJobHelper.handleSuccess("echoed " + XxlJobHelper.getJobParam());
    }

    @XxlJob("demoFail")
    public void fail() {
        XxlJobHelper.log("failing on purpose");
        XxlJobHelper.handleFail("failed on purpose");
    }

    @XxlJob("demoSleep")
    public void sleep() throws InterruptedException {
        long millis = Long.parseLong(XxlJobHelper.getJobParam().isBlank() ? "60000" : XxlJobHelper.getJobParam().trim());
        XxlJobHelper.log("sleeping {} ms", millis);
        Thread.sleep(millis);
        XxlJobHelper.handleSuccess("slept");
    }

    @XxlJob("demoRecord")
    public void record() throws Exception {
        if (record != null) {
            // the stock context has no run id; its log file is named after it: <logPath>/<day>/<runId>.log
            String runId = Path.of(XxlJobHelper.getJobLogFileName()).getFileName().toString().replace(".log", "");
            Files.writeString(record, XxlJobHelper.getJobId() + " " + runId + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        }
        XxlJobHelper.handleSuccess();
    }
}
