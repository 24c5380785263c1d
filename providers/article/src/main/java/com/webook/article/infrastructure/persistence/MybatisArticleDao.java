package com.webook.article.infrastructure.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * SQL on {@code articles} (drafts) and {@code published_articles} (online copies). Every statement binds
 * its values; nothing is concatenated from input. Writes to an existing article name its author too, so
 * another author's id matches no row.
 */
@Mapper
public interface MybatisArticleDao {

    String COLUMNS = "id, author_id, title, content, status, created_at, updated_at";
    /** LEFT counts characters (code points in utf8mb4): the abstract of ArticleSummary.ABSTRACT_LENGTH. */
    String SUMMARY_COLUMNS = "id, author_id, title, LEFT(content, 128) AS abstract_text, status, created_at, updated_at";
    /** The same, of the row named {@code p}. */
    String SUMMARY_COLUMNS_OF_P = "p.id, p.author_id, p.title, LEFT(p.content, 128) AS abstract_text, p.status,"
            + " p.created_at, p.updated_at";

    @Insert("INSERT INTO articles (author_id, title, content, status, created_at, updated_at)"
            + " VALUES (#{authorId}, #{title}, #{content}, #{status}, #{createdAt}, #{createdAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    int insertDraft(NewArticleRow row);

    /** Inserts the draft unless its author has {@code max} unpublished drafts already: 0 rows then. */
    @Insert("INSERT INTO articles (author_id, title, content, status, created_at, updated_at)"
            + " SELECT #{row.authorId}, #{row.title}, #{row.content}, #{row.status}, #{row.createdAt}, #{row.createdAt}"
            + " FROM DUAL WHERE (SELECT COUNT(*) FROM articles WHERE author_id = #{row.authorId} AND status = 1) < #{max}")
    @Options(useGeneratedKeys = true, keyProperty = "row.id", keyColumn = "id")
    int insertDraftUnderLimit(@Param("row") NewArticleRow row, @Param("max") int max);

    @Update("UPDATE articles SET title = #{title}, content = #{content}, status = #{status}, updated_at = #{updatedAt}"
            + " WHERE id = #{id} AND author_id = #{authorId}")
    int updateDraft(@Param("id") long id, @Param("authorId") long authorId, @Param("title") String title,
                    @Param("content") String content, @Param("status") int status, @Param("updatedAt") long updatedAt);

    @Update("UPDATE articles SET status = #{status}, updated_at = #{updatedAt} WHERE id = #{id} AND author_id = #{authorId}")
    int updateDraftStatus(@Param("id") long id, @Param("authorId") long authorId, @Param("status") int status,
                          @Param("updatedAt") long updatedAt);

    @Select("SELECT " + COLUMNS + " FROM articles WHERE id = #{id}")
    ArticleRow findDraft(long id);

    @Select("SELECT " + SUMMARY_COLUMNS + " FROM articles WHERE author_id = #{authorId}"
            + " ORDER BY updated_at DESC, id DESC LIMIT #{limit} OFFSET #{offset}")
    List<SummaryRow> listByAuthor(@Param("authorId") long authorId, @Param("offset") int offset,
                                  @Param("limit") int limit);

    /** The first publish creates the online copy (created then); later ones replace it. */
    @Insert("INSERT INTO published_articles (id, author_id, title, content, status, created_at, updated_at)"
            + " VALUES (#{id}, #{authorId}, #{title}, #{content}, #{status}, #{updatedAt}, #{updatedAt})"
            + " ON DUPLICATE KEY UPDATE title = #{title}, content = #{content}, status = #{status},"
            + " updated_at = #{updatedAt}")
    int upsertPublished(@Param("id") long id, @Param("authorId") long authorId, @Param("title") String title,
                        @Param("content") String content, @Param("status") int status,
                        @Param("updatedAt") long updatedAt);

    @Update("UPDATE published_articles SET status = #{status}, updated_at = #{updatedAt}"
            + " WHERE id = #{id} AND author_id = #{authorId}")
    int updatePublishedStatus(@Param("id") long id, @Param("authorId") long authorId, @Param("status") int status,
                              @Param("updatedAt") long updatedAt);

    @Select("SELECT " + COLUMNS + " FROM published_articles WHERE id = #{id}")
    ArticleRow findOnline(long id);

    @Select("SELECT " + SUMMARY_COLUMNS + " FROM published_articles WHERE status = #{status}"
            + " ORDER BY updated_at DESC, id DESC LIMIT #{limit}")
    List<SummaryRow> listOnlineFirst(@Param("status") int status, @Param("limit") int limit);

    /**
     * Keyset paging on (updated_at, id), both descending, along idx_published_status_updated. The page's ids
     * come first from the index alone (a range scan from the cursor), then their rows: asked for the columns
     * at once, MariaDB walks the index from the newest on every page, and a page deep into 200,000 articles
     * took 0.5 s instead of 0.01 s.
     */
    @Select("SELECT " + SUMMARY_COLUMNS_OF_P + " FROM (SELECT id FROM published_articles WHERE status = #{status}"
            + " AND updated_at <= #{updatedAt} AND (updated_at < #{updatedAt} OR id < #{id})"
            + " ORDER BY updated_at DESC, id DESC LIMIT #{limit}) page"
            + " JOIN published_articles p ON p.id = page.id ORDER BY p.updated_at DESC, p.id DESC")
    List<SummaryRow> listOnlineAfter(@Param("status") int status, @Param("updatedAt") long updatedAt,
                                     @Param("id") long id, @Param("limit") int limit);

    /** Those of {@code ids} (not empty) whose online copy has {@code status}, by primary key. */
    @Select("<script>SELECT " + SUMMARY_COLUMNS + " FROM published_articles WHERE status = #{status} AND id IN"
            + " <foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>")
    List<SummaryRow> findOnlineSummaries(@Param("status") int status, @Param("ids") List<Long> ids);
}
