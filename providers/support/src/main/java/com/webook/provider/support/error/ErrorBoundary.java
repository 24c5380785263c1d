package com.webook.provider.support.error;

import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import com.webook.api.common.v1.ErrorCode;
import com.webook.api.common.v1.ErrorCodes;
import com.webook.api.common.v1.PlatformErrorCode;
import com.webook.api.common.v1.ServiceException;
import org.apache.dubbo.rpc.RpcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * How whatever a service call throws reaches its caller, written once for every provider
 * ({@link ErrorBoundaryFilter} applies it to every Dubbo call):
 *
 * <ul>
 *   <li>a context's {@link Rejected} becomes its declared code, the constant of the contract's
 *       {@link ErrorCodes} enum with the rejection's name, without a log line: it is an answer;</li>
 *   <li>a {@link ServiceException} with one of the service's codes passes as it is (with a platform
 *       code too, so a downstream provider's incident keeps its id);</li>
 *   <li>anything else becomes {@link PlatformErrorCode#UNAVAILABLE} when a dependency failed (a store or
 *       another provider unreachable, an {@link Unavailable}) and {@link PlatformErrorCode#INTERNAL}
 *       otherwise, under a fresh incident id that is logged once, with the stack. The caller gets the id,
 *       never the details.</li>
 * </ul>
 */
public final class ErrorBoundary {

    private static final Logger log = LoggerFactory.getLogger(ErrorBoundary.class);

    private static final Map<Class<?>, Class<?>> declaredCodes = new ConcurrentHashMap<>();

    private ErrorBoundary() {
    }

    /** What the caller of {@code service}'s {@code method} receives for {@code thrown}; logs incidents. */
    public static ServiceException answer(Throwable thrown, Class<?> service, String method) {
        Class<?> codes = declaredCodes.computeIfAbsent(service, ErrorBoundary::codesOf);
        if (thrown instanceof Rejected rejected) {
            ErrorCode code = declared(codes, rejected.rejection().name());
            if (code != null) {
                return new ServiceException(code, rejected.getMessage());
            }
            return incident(PlatformErrorCode.INTERNAL, thrown, service, method,
                    "rejection " + rejected.rejection() + " has no declared error code");
        }
        if (thrown instanceof ServiceException answer
                && (answer.errorCode() instanceof PlatformErrorCode || answer.errorCode().getClass() == codes)) {
            return answer;
        }
        return incident(dependencyFailed(thrown) ? PlatformErrorCode.UNAVAILABLE : PlatformErrorCode.INTERNAL,
                thrown, service, method, "unexpected failure");
    }

    private static ServiceException incident(PlatformErrorCode code, Throwable thrown, Class<?> service,
                                             String method, String what) {
        String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        log.error("incident {}: {} in {}#{}, answered {}", id, what, service.getSimpleName(), method, code, thrown);
        return new ServiceException(code, code.message(), id);
    }

    private static boolean dependencyFailed(Throwable thrown) {
        return thrown instanceof Unavailable
                || thrown instanceof DataAccessResourceFailureException
                || thrown instanceof TransientDataAccessException
                || thrown instanceof CannotCreateTransactionException
                || thrown instanceof RpcException;
    }

    private static ErrorCode declared(Class<?> codes, String name) {
        Object[] constants = codes.getEnumConstants();
        if (constants == null) {
            return null;
        }
        for (Object constant : constants) {
            if (((Enum<?>) constant).name().equals(name)) {
                return (ErrorCode) constant;
            }
        }
        return null;
    }

    /** The service's declared codes; {@code Void} when it declares none (only platform codes pass). */
    private static Class<?> codesOf(Class<?> service) {
        ErrorCodes declared = service.getAnnotation(ErrorCodes.class);
        return declared == null ? Void.class : declared.value();
    }
}
