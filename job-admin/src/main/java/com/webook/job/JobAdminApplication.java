package com.webook.job;

import com.webook.job.infrastructure.config.JobAdminConfiguration;
import com.webook.job.infrastructure.security.SecurityConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * job-admin: the scheduling center. Only the web layer is scanned; everything else is wired in
 * {@link JobAdminConfiguration} and {@link SecurityConfiguration}.
 */
@SpringBootApplication(scanBasePackages = "com.webook.job.web")
@Import({JobAdminConfiguration.class, SecurityConfiguration.class})
public class JobAdminApplication {

    public static void main(String[] args) {
        SpringApplication.run(JobAdminApplication.class, args);
    }
}
