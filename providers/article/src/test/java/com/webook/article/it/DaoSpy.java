package com.webook.article.it;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.webook.article.infrastructure.persistence.MybatisArticleDao;
import org.springframework.dao.QueryTimeoutException;

/** The real DAO, counting its calls by method name, and failing or slowing the methods a test names. */
final class DaoSpy {

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> delays = new ConcurrentHashMap<>();
    final MybatisArticleDao dao;

    DaoSpy(MybatisArticleDao real) {
        this.dao = (MybatisArticleDao) Proxy.newProxyInstance(MybatisArticleDao.class.getClassLoader(),
                new Class<?>[] {MybatisArticleDao.class}, (proxy, method, args) -> {
                    calls.computeIfAbsent(method.getName(), name -> new AtomicInteger()).incrementAndGet();
                    if (failing.contains(method.getName())) {
                        throw new QueryTimeoutException(method.getName() + " failed on purpose");
                    }
                    Long delay = delays.get(method.getName());
                    if (delay != null) {
                        Thread.sleep(delay);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    int calls(String method) {
        AtomicInteger count = calls.get(method);
        return count == null ? 0 : count.get();
    }

    void fail(String method) {
        failing.add(method);
    }

    void slow(String method, long millis) {
        delays.put(method, millis);
    }
}
