package com.webook.governance.sentinel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.alibaba.csp.sentinel.command.CommandHandler;
import com.alibaba.csp.sentinel.command.CommandHandlerProvider;
import com.alibaba.csp.sentinel.command.CommandRequest;
import com.alibaba.csp.sentinel.command.CommandResponse;
import com.alibaba.csp.sentinel.concurrent.NamedThreadFactory;
import com.alibaba.csp.sentinel.config.SentinelConfig;
import com.alibaba.csp.sentinel.spi.Spi;
import com.alibaba.csp.sentinel.transport.CommandCenter;
import com.alibaba.csp.sentinel.transport.config.TransportConfig;
import com.alibaba.csp.sentinel.transport.util.HttpCommandUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentinel's command API (the stock commands: {@code getRules}, {@code setRules}, {@code metric},
 * {@code clusterNode}, ...) on one address, {@value #ADDRESS} (127.0.0.1 unless set), where the stock
 * simple-http command center listens on every interface. It has no authentication, as the stock one has
 * none: whoever reaches it may read metrics and change this instance's rules, so it must listen only on
 * the loopback or the platform's own network. The port is {@code csp.sentinel.api.port}; 0 takes a free
 * one, which the heartbeat reports to the console.
 *
 * <p>Requests and answers are the stock ones: the command is the path, parameters come from the query
 * string and a form-encoded POST body, the answer is text, 200 on success and 400 otherwise. Unlike the
 * stock one it refuses browsers (requests with {@code Origin}, or addressed by a host name) and commands
 * that change the instance unless they come as a POST.
 */
@Spi(order = -100)
public final class OneAddressCommandCenter implements CommandCenter {

    /** The address the command API listens on. */
    public static final String ADDRESS = "csp.sentinel.api.address";

    private static final Logger log = LoggerFactory.getLogger(OneAddressCommandCenter.class);
    private static final int MAX_BODY_BYTES = 1 << 20;

    private Map<String, CommandHandler> handlers = Map.of();
    private HttpServer server;
    private ExecutorService executor;

    @Override
    @SuppressWarnings("rawtypes")
    public void beforeStart() {
        handlers = Map.copyOf(CommandHandlerProvider.getInstance().namedHandlers());
    }

    @Override
    public synchronized void start() throws IOException {
        String address = SentinelConfig.getConfig(ADDRESS, true);
        InetAddress host = InetAddress.getByName(address == null || address.isBlank() ? "127.0.0.1" : address);
        int port = port();
        server = HttpServer.create(new InetSocketAddress(host, port), 50);
        executor = Executors.newFixedThreadPool(2, new NamedThreadFactory("sentinel-command", true));
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
        TransportConfig.setRuntimePort(server.getAddress().getPort());
        log.info("Sentinel command API listening on {}:{}", host.getHostAddress(), server.getAddress().getPort());
    }

    private static int port() {
        String configured = SentinelConfig.getConfig(TransportConfig.SERVER_PORT, true);
        try {
            return configured == null || configured.isBlank() ? 0 : Integer.parseInt(configured.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(TransportConfig.SERVER_PORT + " is not a port: " + configured, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
            TransportConfig.setRuntimePort(-1);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Charset charset = Charset.forName(SentinelConfig.charset());
            CommandRequest request = new CommandRequest();
            String target = exchange.getRequestURI().getPath();
            target = target.startsWith("/") ? target.substring(1) : target;
            request.addMetadata(HttpCommandUtils.REQUEST_TARGET, target);
            addParams(exchange.getRequestURI().getRawQuery(), request, charset);
            if ("POST".equalsIgnoreCase(exchange.getRequestMethod())) {
                String type = exchange.getRequestHeaders().getFirst("Content-Type");
                if (type != null && !type.toLowerCase().contains("application/x-www-form-urlencoded")) {
                    answer(exchange, 415, "Only form-encoded post request is supported", charset);
                    return;
                }
                byte[] body = readBody(exchange.getRequestBody());
                if (body == null) {
                    answer(exchange, 413, "the body is over " + MAX_BODY_BYTES + " bytes", charset);
                    return;
                }
                addParams(new String(body, charset), request, charset);
            }
            String refusal = refusal(exchange, target);
            if (refusal != null) {
                answer(exchange, 403, refusal, charset);
                return;
            }
            CommandHandler<?> handler = handlers.get(target);
            if (handler == null) {
                answer(exchange, 400, "Unknown command `" + target + '`', charset);
                return;
            }
            CommandResponse<?> response;
            try {
                response = handler.handle(request);
            } catch (RuntimeException e) {
                log.warn("Sentinel command {} failed", target, e);
                answer(exchange, 500, "Command server error", charset);
                return;
            }
            if (response.isSuccess()) {
                answer(exchange, 200, response.getResult() == null ? null : response.getResult().toString(), charset);
            } else {
                Throwable failure = response.getException();
                answer(exchange, 400, failure == null ? "Command server error" : failure.getMessage(), charset);
            }
        }
    }

    /**
     * Why a request is refused, or null. A browser never gets an answer (it sends {@code Origin}, or a host name
     * a rebinding DNS points here): the API is for consoles and operators' tools, which call an address. A
     * command that changes something needs a POST, so no link or image can trigger it.
     */
    static String refusal(HttpExchange exchange, String command) {
        if (exchange.getRequestHeaders().containsKey("Origin")) {
            return "not for browsers";
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host != null && !isAddress(host)) {
            return "call the command API by its address";
        }
        if (!READ_ONLY.contains(command) && !"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
            return "`" + command + "` changes this instance: send it as a POST";
        }
        return null;
    }

    /** Whether a Host header names an IP address or localhost (with or without a port). */
    static boolean isAddress(String host) {
        String name = host.startsWith("[") ? host.substring(1, Math.max(1, host.indexOf(']')))
                : host.lastIndexOf(':') > 0 && host.indexOf(':') == host.lastIndexOf(':') ? host.substring(0, host.indexOf(':'))
                : host;
        return name.equals("localhost") || name.matches("[0-9.]+") || (name.contains(":") && name.matches("[0-9a-fA-F:.]+"));
    }

    /** The stock commands that only read. */
    private static final java.util.Set<String> READ_ONLY = java.util.Set.of("getRules", "getParamFlowRules", "metric",
            "clusterNode", "clusterNodeById", "cnode", "jsonTree", "tree", "origin", "version", "basicInfo", "api",
            "systemStatus", "getSwitch", "getClusterMode", "cluster/client/fetchConfig", "cluster/server/fetchConfig",
            "cluster/server/info", "cluster/server/metricList", "gateway/getRules", "gateway/getApiDefinitions");

    /** Parameters as the stock command center reads them: each key and value URL-decoded once. */
    static void addParams(String query, CommandRequest request, Charset charset) {
        if (query == null || query.isEmpty()) {
            return;
        }
        int anchor = query.indexOf('#');
        for (String pair : (anchor >= 0 ? query.substring(0, anchor) : query).split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                continue;
            }
            try {
                request.addParam(URLDecoder.decode(pair.substring(0, eq).trim(), charset),
                        URLDecoder.decode(pair.substring(eq + 1).trim(), charset));
            } catch (IllegalArgumentException badEscape) {
                request.addParam(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private static void answer(HttpExchange exchange, int status, String text, Charset charset) throws IOException {
        byte[] bytes = text == null ? new byte[0] : text.getBytes(charset);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=" + charset.name());
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
