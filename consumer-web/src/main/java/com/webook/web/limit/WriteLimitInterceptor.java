package com.webook.web.limit;

import cn.dev33.satoken.stp.StpUtil;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/** Charges every write of a logged-in user to {@code writes-per-user} (registered on the write paths). */
class WriteLimitInterceptor implements HandlerInterceptor {

    private final AbuseControls controls;

    WriteLimitInterceptor(AbuseControls controls) {
        this.controls = controls;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod()) && !"OPTIONS".equals(request.getMethod())) {
            controls.writing(StpUtil.getLoginIdAsLong());
        }
        return true;
    }
}
