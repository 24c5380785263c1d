package com.webook.interactive.infrastructure.persistence;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * SQL on the interactive tables. Every statement binds its values; nothing is concatenated from input.
 * The callers run the writes in READ COMMITTED transactions (the pool's isolation): no gap locks, so
 * racing first likes of one object do not deadlock.
 */
@Mapper
public interface MybatisInteractiveDao {

    String COUNTS = "SELECT biz, biz_id, read_cnt, like_cnt, collect_cnt FROM interactives";
    String FOLDERS = "SELECT c.id, c.uid, c.name, c.ctime, c.utime,"
            + " (SELECT COUNT(*) FROM user_collection_bizs b WHERE b.cid = c.id) AS item_count FROM collections c";

    // ---- counts

    @Select(COUNTS + " WHERE biz = #{biz} AND biz_id = #{bizId}")
    CountsRow findCounts(@Param("biz") String biz, @Param("bizId") long bizId);

    @Select("<script>" + COUNTS + " WHERE biz = #{biz} AND biz_id IN"
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach></script>")
    List<CountsRow> findCountsIn(@Param("biz") String biz, @Param("ids") Collection<Long> ids);

    @Insert("INSERT INTO interactives (biz, biz_id, like_cnt, ctime, utime) VALUES (#{biz}, #{bizId}, GREATEST(#{delta}, 0), #{now}, #{now})"
            + " ON DUPLICATE KEY UPDATE like_cnt = GREATEST(like_cnt + #{delta}, 0), utime = #{now}")
    int addLikes(@Param("biz") String biz, @Param("bizId") long bizId, @Param("delta") int delta, @Param("now") long now);

    @Insert("INSERT INTO interactives (biz, biz_id, collect_cnt, ctime, utime) VALUES (#{biz}, #{bizId}, GREATEST(#{delta}, 0), #{now}, #{now})"
            + " ON DUPLICATE KEY UPDATE collect_cnt = GREATEST(collect_cnt + #{delta}, 0), utime = #{now}")
    int addCollects(@Param("biz") String biz, @Param("bizId") long bizId, @Param("delta") int delta, @Param("now") long now);

    @Update("<script>UPDATE interactives SET collect_cnt = GREATEST(collect_cnt - 1, 0), utime = #{now}"
            + " WHERE biz = #{biz} AND biz_id IN"
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach></script>")
    int takeOneCollectFromEach(@Param("biz") String biz, @Param("ids") Collection<Long> ids, @Param("now") long now);

    // ---- likes

    /** Changes the like to {@code status} when it is stored with the other one: 1 when it changed, else 0. */
    @Update("UPDATE user_like_bizs SET status = #{status}, utime = #{now}"
            + " WHERE biz = #{biz} AND biz_id = #{bizId} AND uid = #{uid} AND status <> #{status}")
    int changeLike(@Param("biz") String biz, @Param("bizId") long bizId, @Param("uid") long uid,
                   @Param("status") int status, @Param("now") long now);

    /** 1 when this is the user's first like of the object, 0 when a row was there already. */
    @Insert("INSERT IGNORE INTO user_like_bizs (biz, biz_id, uid, status, ctime, utime)"
            + " VALUES (#{biz}, #{bizId}, #{uid}, 1, #{now}, #{now})")
    int insertLike(@Param("biz") String biz, @Param("bizId") long bizId, @Param("uid") long uid, @Param("now") long now);

    /** Bit of {@link #readerFlags}: the user likes the object. */
    int LIKED = 1;
    /** Bit of {@link #readerFlags}: the user collected the object. */
    int COLLECTED = 2;

    /**
     * Whether the user likes and collected the object, as {@link #LIKED} | {@link #COLLECTED} bits: one
     * round trip and two primary-key probes, where two statements took two round trips.
     */
    @Select("SELECT EXISTS (SELECT 1 FROM user_like_bizs WHERE biz = #{biz} AND biz_id = #{bizId} AND uid = #{uid} AND status = 1)"
            + " + 2 * EXISTS (SELECT 1 FROM user_collection_bizs WHERE uid = #{uid} AND biz = #{biz} AND biz_id = #{bizId})")
    int readerFlags(@Param("biz") String biz, @Param("bizId") long bizId, @Param("uid") long uid);

    /** The ids of the objects of kind {@code biz} the user likes, at most {@code limit}, ascending. */
    @Select("SELECT biz_id FROM user_like_bizs WHERE uid = #{uid} AND biz = #{biz} AND status = 1 ORDER BY biz_id LIMIT #{limit}")
    List<Long> likedBy(@Param("uid") long uid, @Param("biz") String biz, @Param("limit") int limit);

    /** The ids of the objects of kind {@code biz} the user collected, at most {@code limit}, ascending. */
    @Select("SELECT biz_id FROM user_collection_bizs WHERE uid = #{uid} AND biz = #{biz} ORDER BY biz_id LIMIT #{limit}")
    List<Long> collectedBy(@Param("uid") long uid, @Param("biz") String biz, @Param("limit") int limit);

    // ---- collected objects

    @Select("SELECT cid FROM user_collection_bizs WHERE uid = #{uid} AND biz = #{biz} AND biz_id = #{bizId} FOR UPDATE")
    Long lockCollected(@Param("uid") long uid, @Param("biz") String biz, @Param("bizId") long bizId);

    @Insert("INSERT IGNORE INTO user_collection_bizs (uid, biz, biz_id, cid, ctime, utime)"
            + " VALUES (#{uid}, #{biz}, #{bizId}, #{cid}, #{now}, #{now})")
    int insertCollected(@Param("uid") long uid, @Param("biz") String biz, @Param("bizId") long bizId,
                        @Param("cid") long cid, @Param("now") long now);

    @Update("UPDATE user_collection_bizs SET cid = #{cid}, utime = #{now} WHERE uid = #{uid} AND biz = #{biz} AND biz_id = #{bizId}")
    int moveCollected(@Param("uid") long uid, @Param("biz") String biz, @Param("bizId") long bizId,
                      @Param("cid") long cid, @Param("now") long now);

    @Delete("DELETE FROM user_collection_bizs WHERE uid = #{uid} AND biz = #{biz} AND biz_id = #{bizId}")
    int deleteCollected(@Param("uid") long uid, @Param("biz") String biz, @Param("bizId") long bizId);

    // ---- folders

    /** The folder's id when it is the user's, share-locked so that it cannot be deleted under a collect. */
    @Select("SELECT id FROM collections WHERE id = #{id} AND uid = #{uid} LOCK IN SHARE MODE")
    Long shareLockFolder(@Param("uid") long uid, @Param("id") long id);

    @Select("SELECT id FROM collections WHERE id = #{id} AND uid = #{uid} FOR UPDATE")
    Long lockFolder(@Param("uid") long uid, @Param("id") long id);

    /** Inserts the folder unless its user has {@code max} already: 0 rows then. */
    @Insert("INSERT INTO collections (uid, name, ctime, utime)"
            + " SELECT #{row.uid}, #{row.name}, #{row.now}, #{row.now} FROM DUAL"
            + " WHERE (SELECT COUNT(*) FROM collections WHERE uid = #{row.uid}) < #{max}")
    @Options(useGeneratedKeys = true, keyProperty = "row.id", keyColumn = "id")
    int insertFolderUnderLimit(@Param("row") NewFolderRow row, @Param("max") int max);

    @Update("UPDATE collections SET name = #{name}, utime = #{now} WHERE id = #{id} AND uid = #{uid}")
    int renameFolder(@Param("uid") long uid, @Param("id") long id, @Param("name") String name, @Param("now") long now);

    @Select(FOLDERS + " WHERE c.id = #{id} AND c.uid = #{uid}")
    FolderRow findFolder(@Param("uid") long uid, @Param("id") long id);

    @Select(FOLDERS + " WHERE c.uid = #{uid} ORDER BY c.id LIMIT #{limit} OFFSET #{offset}")
    List<FolderRow> findFolders(@Param("uid") long uid, @Param("offset") int offset, @Param("limit") int limit);

    @Select("SELECT biz, biz_id FROM user_collection_bizs WHERE cid = #{cid} FOR UPDATE")
    List<CollectedRow> lockFolderItems(long cid);

    @Delete("DELETE FROM user_collection_bizs WHERE cid = #{cid}")
    int deleteFolderItems(long cid);

    @Delete("DELETE FROM collections WHERE id = #{id}")
    int deleteFolder(long id);
}
