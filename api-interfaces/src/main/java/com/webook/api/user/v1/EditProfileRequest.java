package com.webook.api.user.v1;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Replaces the editable part of a profile. {@code birthday} may be null (not given);
 * {@code aboutMe} may be empty.
 */
public record EditProfileRequest(long userId, String nickname, LocalDate birthday, String aboutMe)
        implements Serializable {
}
