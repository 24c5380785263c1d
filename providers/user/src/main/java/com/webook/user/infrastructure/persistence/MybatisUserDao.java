package com.webook.user.infrastructure.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** SQL on {@code users}. Every statement binds its values; nothing is concatenated from input. */
@Mapper
public interface MybatisUserDao {

    String COLUMNS = "id, email, password_hash, phone, wechat_open_id, wechat_union_id,"
            + " nickname, birthday, about_me, created_at, updated_at";

    @Select("SELECT " + COLUMNS + " FROM users WHERE id = #{id}")
    UserRow findById(long id);

    @Select("<script>SELECT " + COLUMNS + " FROM users WHERE id IN"
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach></script>")
    List<UserRow> findByIds(@Param("ids") Collection<Long> ids);

    @Select("SELECT " + COLUMNS + " FROM users WHERE email = #{email}")
    UserRow findByEmail(String email);

    @Select("SELECT " + COLUMNS + " FROM users WHERE phone = #{phone}")
    UserRow findByPhone(String phone);

    @Select("SELECT " + COLUMNS + " FROM users WHERE wechat_open_id = #{openId}")
    UserRow findByWechatOpenId(String openId);

    @Select("SELECT " + COLUMNS + " FROM users WHERE wechat_union_id = #{unionId}")
    UserRow findByWechatUnionId(String unionId);

    @Insert("INSERT INTO users (email, password_hash, phone, wechat_open_id, wechat_union_id, created_at, updated_at)"
            + " VALUES (#{email}, #{passwordHash}, #{phone}, #{wechatOpenId}, #{wechatUnionId}, #{createdAt}, #{createdAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    int insert(NewUserRow row);

    @Update("UPDATE users SET nickname = #{nickname}, birthday = #{birthday}, about_me = #{aboutMe},"
            + " updated_at = #{updatedAt} WHERE id = #{id}")
    int updateProfile(@Param("id") long id, @Param("nickname") String nickname, @Param("birthday") LocalDate birthday,
                      @Param("aboutMe") String aboutMe, @Param("updatedAt") long updatedAt);
}
