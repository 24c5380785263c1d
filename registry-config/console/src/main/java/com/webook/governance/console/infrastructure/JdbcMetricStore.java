package com.webook.governance.console.infrastructure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.webook.governance.console.application.InstanceClient;
import com.webook.governance.console.application.Machines;
import com.webook.governance.console.application.MetricStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Per-second sums per app and resource in MySQL ({@code gov_metric}), and each instance's read cursor. */
public class JdbcMetricStore implements MetricStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public JdbcMetricStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public long readTo(Machines.Machine machine) {
        return jdbc.sql("SELECT read_to FROM gov_metric_cursor WHERE app = ? AND ip = ? AND port = ?")
                .params(machine.app(), machine.ip(), machine.port()).query(Long.class).optional().orElse(-1L);
    }

    @Override
    public void add(Machines.Machine machine, List<InstanceClient.MetricLine> lines, long readTo) {
        // One row per resource and second, even if the instance wrote a second twice.
        Map<String, long[]> sums = new HashMap<>();
        for (InstanceClient.MetricLine line : lines) {
            long[] sum = sums.computeIfAbsent(line.resource() + "\n" + line.timestamp(), k -> new long[5]);
            sum[0] += line.pass();
            sum[1] += line.block();
            sum[2] += line.success();
            sum[3] += line.exception();
            sum[4] += line.rt() * Math.max(1, line.success());
        }
        transactions.executeWithoutResult(status -> {
            for (Map.Entry<String, long[]> entry : sums.entrySet()) {
                int cut = entry.getKey().lastIndexOf('\n');
                long[] s = entry.getValue();
                jdbc.sql("""
                        INSERT INTO gov_metric (app, resource, resource_hash, ts, pass_qps, block_qps, success_qps,
                            exception_qps, rt_total)
                        VALUES (?, ?, UNHEX(MD5(?)), ?, ?, ?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE pass_qps = pass_qps + VALUES(pass_qps), block_qps = block_qps + VALUES(block_qps),
                            success_qps = success_qps + VALUES(success_qps), exception_qps = exception_qps + VALUES(exception_qps),
                            rt_total = rt_total + VALUES(rt_total)""")
                        .params(machine.app(), JdbcRuleHistory.cut(entry.getKey().substring(0, cut), 512),
                                entry.getKey().substring(0, cut), Long.parseLong(entry.getKey().substring(cut + 1)),
                                s[0], s[1], s[2], s[3], s[4])
                        .update();
            }
            jdbc.sql("""
                    INSERT INTO gov_metric_cursor (app, ip, port, read_to) VALUES (?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE read_to = GREATEST(read_to, VALUES(read_to))""")
                    .params(machine.app(), machine.ip(), machine.port(), readTo).update();
        });
    }

    @Override
    public List<Point> since(String app, long fromMillis) {
        return jdbc.sql("SELECT * FROM gov_metric WHERE app = ? AND ts >= ? ORDER BY ts, resource")
                .params(app, fromMillis)
                .query((rs, row) -> new Point(rs.getString("resource"), rs.getLong("ts"), rs.getLong("pass_qps"),
                        rs.getLong("block_qps"), rs.getLong("success_qps"), rs.getLong("exception_qps"),
                        rs.getLong("rt_total")))
                .list();
    }

    @Override
    public int prune(long beforeMillis) {
        return jdbc.sql("DELETE FROM gov_metric WHERE ts < ? LIMIT 10000").param(beforeMillis).update();
    }
}
