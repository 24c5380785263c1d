package com.webook.job.infrastructure.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.webook.job.application.LeaseStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Admins and partition leases in MySQL ({@code job_admin_node}, {@code job_partition}), timed by NOW(3). */
public class JdbcLeaseStore implements LeaseStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public JdbcLeaseStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public void ensurePartitions(int count) {
        List<Object[]> rows = new ArrayList<>();
        for (int partition = 0; partition < count; partition++) {
            rows.add(new Object[] {partition});
        }
        template.batchUpdate("INSERT IGNORE INTO job_partition (partition_no) VALUES (?)", rows);
    }

    @Override
    public Instant now() {
        return jdbc.sql("SELECT NOW(3)").query((rs, row) -> rs.getTimestamp(1).toInstant()).single();
    }

    @Override
    public void heartbeat(String node, String address) {
        jdbc.sql("INSERT INTO job_admin_node (node_id, address, started_at, heartbeat_at) VALUES (?, ?, NOW(3), NOW(3)) "
                + "ON DUPLICATE KEY UPDATE heartbeat_at = NOW(3), address = VALUES(address)").params(node, address).update();
    }

    @Override
    public List<String> liveNodes(Duration within) {
        return jdbc.sql("SELECT node_id FROM job_admin_node WHERE heartbeat_at >= NOW(3) - INTERVAL ? MICROSECOND "
                + "ORDER BY node_id").param(within.toNanos() / 1000).query(String.class).list();
    }

    @Override
    public void leave(String node) {
        jdbc.sql("UPDATE job_partition SET owner = NULL, lease_until = '1970-01-01 00:00:01' WHERE owner = ?")
                .param(node).update();
        jdbc.sql("DELETE FROM job_admin_node WHERE node_id = ?").param(node).update();
    }

    @Override
    public Map<Integer, Instant> renew(String node, Duration lease) {
        jdbc.sql("UPDATE job_partition SET lease_until = NOW(3) + INTERVAL ? MICROSECOND "
                + "WHERE owner = ? AND lease_until > NOW(3)").params(lease.toNanos() / 1000, node).update();
        Map<Integer, Instant> mine = new TreeMap<>();
        jdbc.sql("SELECT partition_no, lease_until FROM job_partition WHERE owner = ? AND lease_until > NOW(3)")
                .param(node).query((rs, row) -> mine.put(rs.getInt(1), Times.instant(rs, "lease_until"))).list();
        return mine;
    }

    @Override
    public boolean claim(String node, int partition, Duration lease) {
        return jdbc.sql("UPDATE job_partition SET owner = ?, lease_until = NOW(3) + INTERVAL ? MICROSECOND, "
                        + "epoch = epoch + 1 WHERE partition_no = ? AND (owner IS NULL OR lease_until <= NOW(3))")
                .params(node, lease.toNanos() / 1000, partition).update() == 1;
    }

    @Override
    public void release(String node, List<Integer> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        List<Object> args = new ArrayList<>(List.of(node));
        args.addAll(partitions);
        template.update("UPDATE job_partition SET owner = NULL, lease_until = '1970-01-01 00:00:01' WHERE owner = ? "
                + "AND partition_no IN (" + Times.in(partitions) + ")", args.toArray());
    }

    @Override
    public int forgetSilent(Duration silentFor) {
        return jdbc.sql("DELETE FROM job_admin_node WHERE heartbeat_at < NOW(3) - INTERVAL ? SECOND")
                .param(silentFor.toSeconds()).update();
    }

    @Override
    public List<Integer> claimable() {
        return jdbc.sql("SELECT partition_no FROM job_partition WHERE owner IS NULL OR lease_until <= NOW(3)")
                .query(Integer.class).list();
    }

    @Override
    public Map<Integer, String> owners() {
        Map<Integer, String> owners = new LinkedHashMap<>();
        jdbc.sql("SELECT partition_no, IF(lease_until > NOW(3), owner, NULL) AS owner FROM job_partition "
                + "ORDER BY partition_no").query((rs, row) -> owners.put(rs.getInt(1), rs.getString(2))).list();
        return owners;
    }
}
