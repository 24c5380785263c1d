package com.webook.governance.trust;

import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.common.logger.Level;
import org.apache.dubbo.remoting.http12.ExceptionHandler;

/**
 * Triple logs every failed request at ERROR with its stack; a refused caller is logged once by
 * {@link CallerAuthorization} instead, so Triple's own line goes to DEBUG.
 */
@Activate
public class CallerRefusedHandler implements ExceptionHandler<CallerRefused, Object> {

    @Override
    public Level resolveLogLevel(CallerRefused throwable) {
        return Level.DEBUG;
    }
}
