package com.webook.web.user;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A profile edit. The exact rules (nickname 1–64 characters, birthday not in the future, about-me
 * at most 1024 characters) are the provider's; the sizes here only stop absurd payloads early
 * (UTF-16 units, so twice the character limits).
 *
 * @param birthday {@code YYYY-MM-DD}, or empty to leave it unset
 */
public record ProfileEditRequest(
        @NotNull @Size(max = 128) String nickname,
        @Size(max = 10) String birthday,
        @Size(max = 2048) String aboutMe) {
}
