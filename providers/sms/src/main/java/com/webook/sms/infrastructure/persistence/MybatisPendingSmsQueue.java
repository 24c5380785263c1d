package com.webook.sms.infrastructure.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.sms.domain.PendingSms;
import com.webook.sms.domain.PendingSmsQueue;
import com.webook.sms.domain.SmsMessage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queue in MySQL ({@code async_sms}). A claim is one short transaction: lock due rows with
 * {@code FOR UPDATE SKIP LOCKED} (rows another worker is claiming are skipped, not waited for),
 * lease them, read them, commit. The transactions given should be short and READ COMMITTED (no gap
 * locks), as {@code SmsConfiguration} sets them. Sending happens after the commit, outside any transaction; the
 * outcome is written only while this worker's lease (the same attempt number) still holds.
 */
public class MybatisPendingSmsQueue implements PendingSmsQueue {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final int MAX_ERROR = 500;

    private final MybatisAsyncSmsDao dao;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final int retryMax;
    private final Counter queued;

    public MybatisPendingSmsQueue(MybatisAsyncSmsDao dao, TransactionTemplate transactions, ObjectMapper json,
                                  int retryMax, MeterRegistry meters) {
        this.dao = dao;
        this.transactions = transactions;
        this.json = json;
        this.retryMax = retryMax;
        this.queued = Counter.builder("webook.sms.queued").description("messages stored for asynchronous sending")
                .register(meters);
    }

    @Override
    public void enqueue(SmsMessage message, Instant firstAttemptAt) {
        dao.insert(message.messageId(), message.template(), write(message.args()), write(message.numbers()), retryMax,
                firstAttemptAt.toEpochMilli(), System.currentTimeMillis());
        queued.increment();
    }

    @Override
    public List<PendingSms> claim(int max, Instant now, Duration lease) {
        List<AsyncSmsRow> rows = transactions.execute(status -> {
            List<Long> ids = dao.lockDue(now.toEpochMilli(), max);
            if (ids.isEmpty()) {
                return List.<AsyncSmsRow>of();
            }
            dao.lease(ids, now.plus(lease).toEpochMilli(), now.toEpochMilli());
            return dao.findByIds(ids);
        });
        return rows == null ? List.of() : rows.stream().map(this::toPending).toList();
    }

    @Override
    public boolean markSent(PendingSms claimed, Instant now) {
        return dao.settle(claimed.id(), claimed.attempt(), "success", now.toEpochMilli(), null, now.toEpochMilli()) == 1;
    }

    @Override
    public boolean reschedule(PendingSms claimed, Instant nextAttemptAt, String error) {
        return dao.settle(claimed.id(), claimed.attempt(), "waiting", nextAttemptAt.toEpochMilli(), abbreviate(error),
                System.currentTimeMillis()) == 1;
    }

    @Override
    public boolean markFailed(PendingSms claimed, Instant now, String error) {
        return dao.settle(claimed.id(), claimed.attempt(), "failed", now.toEpochMilli(), abbreviate(error),
                now.toEpochMilli()) == 1;
    }

    @Override
    public int failAbandoned(Instant now) {
        Integer failed = transactions.execute(status -> {
            List<Long> ids = dao.lockAbandoned(now.toEpochMilli(), 100);
            return ids.isEmpty() ? 0 : dao.fail(ids, now.toEpochMilli());
        });
        return failed == null ? 0 : failed;
    }

    private PendingSms toPending(AsyncSmsRow row) {
        return new PendingSms(row.id(), new SmsMessage(row.messageId(), row.template(), read(row.args()),
                read(row.numbers())), row.retryCnt(), row.retryMax());
    }

    private String write(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a list of strings", e);
        }
    }

    private List<String> read(String value) {
        try {
            return json.readValue(value, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("async_sms holds a list that is not JSON: " + value, e);
        }
    }

    private static String abbreviate(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR) + "...";
    }
}
