package com.webook.governance.trust.probe;

import com.webook.api.common.v1.ServiceException;

/**
 * A service for the trust-boundary and Sentinel tests: one method consumer-web may call, one it may not.
 * It declares {@link ServiceException} as the platform's contracts do (they live in the jar of that class,
 * which Dubbo's exception filter takes for the same thing), so the answer reaches callers as it is.
 */
public interface ProbeService {

    String VERSION = "1.0.0";

    String open(String text) throws ServiceException;

    String secret(String text) throws ServiceException;
}
