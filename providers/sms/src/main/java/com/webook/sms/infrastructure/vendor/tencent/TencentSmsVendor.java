package com.webook.sms.infrastructure.vendor.tencent;

import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.sms.v20210111.SmsClient;
import com.tencentcloudapi.sms.v20210111.models.SendSmsRequest;
import com.tencentcloudapi.sms.v20210111.models.SendSmsResponse;
import com.tencentcloudapi.sms.v20210111.models.SendStatus;
import com.webook.sms.domain.Dispatch;
import com.webook.sms.domain.SmsMessage;
import com.webook.sms.domain.SmsVendor;
import com.webook.sms.domain.VendorFailure;
import com.webook.sms.infrastructure.vendor.VendorTemplate;
import com.webook.sms.infrastructure.vendor.VendorTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tencent Cloud SMS (API 2021-01-11, action SendSms) through the official SDK. A send counts as
 * accepted when Tencent accepted it for at least one number (the others are logged: sending again
 * through another vendor would deliver twice to the accepted ones); it fails when every number was
 * refused. Tencent's {@code LimitExceeded.*} and {@code RequestLimitExceeded} codes mean limited.
 */
public final class TencentSmsVendor implements SmsVendor {

    public static final String NAME = "tencent";
    private static final Logger log = LoggerFactory.getLogger(TencentSmsVendor.class);

    private final SmsClient client;
    private final String sdkAppId;
    private final VendorTemplates templates;

    public TencentSmsVendor(Settings settings, VendorTemplates templates) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(settings.endpoint());
        http.setProtocol(settings.protocol());
        http.setConnTimeout(settings.connectTimeoutSeconds());
        http.setReadTimeout(settings.readTimeoutSeconds());
        http.setWriteTimeout(settings.readTimeoutSeconds());
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        this.client = new SmsClient(new Credential(settings.secretId(), settings.secretKey()), settings.region(), profile);
        this.sdkAppId = settings.sdkAppId();
        this.templates = templates;
    }

    /**
     * Where and how to call Tencent. Timeouts are whole seconds (the SDK's unit).
     *
     * @param endpoint e.g. {@code sms.tencentcloudapi.com}, or {@code 127.0.0.1:8080} for a stub
     * @param protocol {@code https://} (or {@code http://} for a stub)
     */
    public record Settings(String secretId, String secretKey, String sdkAppId, String region, String endpoint,
                           String protocol, int connectTimeoutSeconds, int readTimeoutSeconds) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Dispatch send(SmsMessage message) {
        VendorTemplate template = templates.of(message.template());
        SendSmsRequest request = new SendSmsRequest();
        request.setSmsSdkAppId(sdkAppId);
        request.setSignName(template.signName());
        request.setTemplateId(template.id());
        request.setTemplateParamSet(message.args().toArray(String[]::new));
        request.setPhoneNumberSet(message.numbers().toArray(String[]::new));
        request.setSessionContext(message.messageId());
        SendSmsResponse response;
        try {
            response = client.SendSms(request);
        } catch (TencentCloudSDKException e) {
            throw failure(e);
        } catch (RuntimeException e) {
            throw new VendorFailure(NAME, VendorFailure.Outcome.VENDOR_ERROR, "unexpected answer: " + e, e);
        }
        return accepted(message, response);
    }

    private static Dispatch accepted(SmsMessage message, SendSmsResponse response) {
        SendStatus[] statuses = response.getSendStatusSet() == null ? new SendStatus[0] : response.getSendStatusSet();
        List<String> serials = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        boolean allLimited = statuses.length > 0;
        for (SendStatus status : statuses) {
            if ("Ok".equalsIgnoreCase(status.getCode())) {
                serials.add(status.getSerialNo());
            } else {
                refused.add(status.getPhoneNumber() + " " + status.getCode() + " (" + status.getMessage() + ")");
                allLimited &= isLimit(status.getCode());
            }
        }
        if (serials.isEmpty()) {
            String why = "refused every number: " + String.join(", ", refused) + ", request " + response.getRequestId();
            throw allLimited ? VendorFailure.limited(NAME, why) : VendorFailure.error(NAME, why);
        }
        if (!refused.isEmpty()) {
            log.warn("tencent refused some numbers of SMS {}: {}", message.messageId(), refused);
        }
        return Dispatch.accepted(NAME, String.join(",", serials));
    }

    private static VendorFailure failure(TencentCloudSDKException e) {
        String code = e.getErrorCode();
        if (code == null || code.isEmpty()) {
            // No answer from Tencent: the SDK wraps the I/O failure, the cause says which.
            boolean timeout = e.getCause() instanceof InterruptedIOException
                    || e.getMessage() != null && e.getMessage().contains("SocketTimeoutException");
            return new VendorFailure(NAME, timeout ? VendorFailure.Outcome.TIMEOUT : VendorFailure.Outcome.VENDOR_ERROR,
                    (timeout ? "no answer in time: " : "not reachable: ") + e.getMessage(), e);
        }
        String why = code + ": " + e.getMessage() + ", request " + e.getRequestId();
        return new VendorFailure(NAME, isLimit(code) ? VendorFailure.Outcome.LIMITED : VendorFailure.Outcome.VENDOR_ERROR,
                why, e);
    }

    private static boolean isLimit(String code) {
        return code != null && (code.startsWith("LimitExceeded") || code.equals("RequestLimitExceeded"));
    }
}
