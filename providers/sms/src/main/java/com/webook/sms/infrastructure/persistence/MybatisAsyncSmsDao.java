package com.webook.sms.infrastructure.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** SQL on {@code async_sms}. Every statement binds its values; nothing is concatenated from input. */
@Mapper
public interface MybatisAsyncSmsDao {

    String IDS = "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>";

    @Insert("INSERT INTO async_sms (message_id, template, args, numbers, status, retry_cnt, retry_max, next_attempt_at,"
            + " utime, ctime) VALUES (#{messageId}, #{template}, #{args}, #{numbers}, 'waiting', 0, #{retryMax},"
            + " #{nextAttemptAt}, #{now}, #{now})")
    int insert(@Param("messageId") String messageId, @Param("template") String template, @Param("args") String args,
               @Param("numbers") String numbers, @Param("retryMax") int retryMax,
               @Param("nextAttemptAt") long nextAttemptAt, @Param("now") long now);

    /** Locks due rows that no other transaction holds; the caller leases them in the same transaction. */
    @Select("SELECT id FROM async_sms WHERE status IN ('waiting', 'sending') AND next_attempt_at <= #{now}"
            + " AND retry_cnt < retry_max ORDER BY next_attempt_at LIMIT #{max} FOR UPDATE SKIP LOCKED")
    List<Long> lockDue(@Param("now") long now, @Param("max") int max);

    @Update("<script>UPDATE async_sms SET status = 'sending', retry_cnt = retry_cnt + 1,"
            + " next_attempt_at = #{leaseUntil}, utime = #{now} WHERE id IN " + IDS + "</script>")
    int lease(@Param("ids") List<Long> ids, @Param("leaseUntil") long leaseUntil, @Param("now") long now);

    @Select("<script>SELECT id, message_id, template, args, numbers, retry_cnt, retry_max FROM async_sms"
            + " WHERE id IN " + IDS + " ORDER BY id</script>")
    List<AsyncSmsRow> findByIds(@Param("ids") List<Long> ids);

    /** Moves a row this worker still leases (same attempt) from sending to its next status. */
    @Update("UPDATE async_sms SET status = #{status}, next_attempt_at = #{nextAttemptAt}, last_error = #{error},"
            + " utime = #{now} WHERE id = #{id} AND status = 'sending' AND retry_cnt = #{attempt}")
    int settle(@Param("id") long id, @Param("attempt") int attempt, @Param("status") String status,
               @Param("nextAttemptAt") long nextAttemptAt, @Param("error") String error, @Param("now") long now);

    /** Locks rows whose last attempt's lease lapsed, skipping rows another transaction holds. */
    @Select("SELECT id FROM async_sms WHERE status = 'sending' AND next_attempt_at <= #{now}"
            + " AND retry_cnt >= retry_max LIMIT #{max} FOR UPDATE SKIP LOCKED")
    List<Long> lockAbandoned(@Param("now") long now, @Param("max") int max);

    @Update("<script>UPDATE async_sms SET status = 'failed', last_error = 'no answer from the worker of the last attempt',"
            + " utime = #{now} WHERE id IN " + IDS + "</script>")
    int fail(@Param("ids") List<Long> ids, @Param("now") long now);
}
