package com.webook.user.rpc;

import java.util.List;

import com.webook.api.user.v1.EditProfileRequest;
import com.webook.api.user.v1.LogInRequest;
import com.webook.api.user.v1.SignUpRequest;
import com.webook.api.user.v1.UserProfile;
import com.webook.api.user.v1.UserService;
import com.webook.api.user.v1.WechatIdentity;
import com.webook.user.application.EditingProfile;
import com.webook.user.application.FindingOrCreatingUser;
import com.webook.user.application.LoggingIn;
import com.webook.user.application.SigningUp;
import com.webook.user.application.ViewingProfiles;
import com.webook.user.domain.Rejection;
import com.webook.user.domain.UserId;
import com.webook.user.domain.UserRejected;
import com.webook.user.domain.WechatAccount;

/**
 * The Dubbo face of the user context: unpacks records, calls one use case, packs the answer. Rejections
 * reach the caller through the providers' error boundary ({@code ErrorBoundaryFilter}).
 */
public class UserRpcService implements UserService {

    private final SigningUp signingUp;
    private final LoggingIn loggingIn;
    private final FindingOrCreatingUser findingOrCreating;
    private final EditingProfile editingProfile;
    private final ViewingProfiles viewingProfiles;

    public UserRpcService(SigningUp signingUp, LoggingIn loggingIn, FindingOrCreatingUser findingOrCreating,
                          EditingProfile editingProfile, ViewingProfiles viewingProfiles) {
        this.signingUp = signingUp;
        this.loggingIn = loggingIn;
        this.findingOrCreating = findingOrCreating;
        this.editingProfile = editingProfile;
        this.viewingProfiles = viewingProfiles;
    }

    @Override
    public UserProfile signUp(SignUpRequest request) {
        return UserAssembler.toProfile(signingUp.signUp(required(request).email(), request.password()));
    }

    @Override
    public UserProfile logIn(LogInRequest request) {
        return UserAssembler.toProfile(loggingIn.logIn(required(request).email(), request.password()));
    }

    @Override
    public UserProfile findOrCreateByPhone(String phone) {
        return UserAssembler.toProfile(findingOrCreating.byPhone(phone));
    }

    @Override
    public UserProfile findOrCreateByWechat(WechatIdentity identity) {
        return UserAssembler.toProfile(findingOrCreating.byWechat(
                new WechatAccount(required(identity).openId(), identity.unionId())));
    }

    @Override
    public UserProfile getProfile(long userId) {
        return UserAssembler.toProfile(viewingProfiles.one(userId(userId)));
    }

    @Override
    public UserProfile editProfile(EditProfileRequest request) {
        return UserAssembler.toProfile(editingProfile.edit(userId(required(request).userId()),
                request.nickname(), request.birthday(), request.aboutMe()));
    }

    @Override
    public List<UserProfile> getProfiles(List<Long> userIds) {
        if (userIds == null || userIds.stream().anyMatch(id -> id == null)) {
            throw UserRejected.invalid("userIds must be a list of ids");
        }
        return UserAssembler.toProfiles(viewingProfiles.many(userIds.stream().map(UserRpcService::userId).toList()));
    }

    private static <T> T required(T request) {
        if (request == null) {
            throw UserRejected.invalid("request is required");
        }
        return request;
    }

    private static UserId userId(long value) {
        if (value <= 0) {
            throw new UserRejected(Rejection.USER_NOT_FOUND, "no such user");
        }
        return new UserId(value);
    }
}
