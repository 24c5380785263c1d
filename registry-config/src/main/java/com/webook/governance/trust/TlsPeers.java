package com.webook.governance.trust;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.InetSocketAddress;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

import com.webook.governance.tls.PeerIdentity;
import io.netty.util.AttributeKey;
import org.apache.dubbo.common.URL;
import org.apache.dubbo.remoting.Channel;
import org.apache.dubbo.remoting.Constants;
import org.apache.dubbo.remoting.RemotingServer;
import org.apache.dubbo.remoting.exchange.PortUnificationExchanger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform app at the other end of a provider's connection, as its TLS client certificate names
 * it (see {@link PeerIdentity}).
 *
 * <p>Dubbo's Triple server keeps the TLS session on the connection's Netty channel but does not hand
 * it to the invocation; the invocation only knows the caller's socket address. The provider's server
 * for the invoker's address knows its connections by that socket address, so the session is found
 * there. The name is read once per connection and kept on it.
 *
 * <p>Dubbo's connection class ({@code NettyChannel}) is not public, though its accessor of the Netty
 * channel is; it is called through a method handle. Should a Dubbo upgrade remove it, every caller is
 * refused (and the reason logged), never let through: {@code CallerTrustIT} shows it works.
 */
final class TlsPeers {

    private static final Logger log = LoggerFactory.getLogger(TlsPeers.class);
    private static final AttributeKey<SSLSession> SSL_SESSION = AttributeKey.valueOf(Constants.SSL_SESSION_KEY);
    private static final String CALLER = "webook.verified-caller";
    private static final String NETTY_CHANNEL = "org.apache.dubbo.remoting.transport.netty4.NettyChannel";
    private static final MethodHandle NIO_CHANNEL = nioChannelAccessor();

    private TlsPeers() {
    }

    /**
     * The app whose certificate the connection from {@code remote} to the server of {@code providerUrl}
     * presented, or null: no such connection, no TLS, or a certificate that names no app.
     */
    static String callerOf(URL providerUrl, Object remote) {
        if (!(remote instanceof InetSocketAddress address)) {
            return null;
        }
        Channel channel = connection(providerUrl, address);
        if (channel == null || !channel.isConnected()) {
            return null; // a closed connection's identity never speaks for whoever reuses its address
        }
        if (channel.getAttribute(CALLER) instanceof String known) {
            return known;
        }
        String caller = fromSession(channel);
        if (caller != null) {
            channel.setAttribute(CALLER, caller);
        }
        return caller;
    }

    private static Channel connection(URL providerUrl, InetSocketAddress remote) {
        RemotingServer server = PortUnificationExchanger.getServers().get(providerUrl.getAddress());
        if (server != null) {
            return server.getChannel(remote);
        }
        for (RemotingServer candidate : PortUnificationExchanger.getServers().values()) {
            if (candidate.getUrl().getPort() == providerUrl.getPort()) {
                return candidate.getChannel(remote);
            }
        }
        return null;
    }

    private static String fromSession(Channel channel) {
        io.netty.channel.Channel netty = nettyChannel(channel);
        SSLSession session = netty == null ? null : netty.attr(SSL_SESSION).get();
        if (session == null) {
            return null;
        }
        try {
            Certificate[] chain = session.getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate leaf ? PeerIdentity.of(leaf) : null;
        } catch (SSLPeerUnverifiedException noClientCertificate) {
            return null;
        }
    }

    private static io.netty.channel.Channel nettyChannel(Channel channel) {
        if (NIO_CHANNEL == null || !channel.getClass().getName().equals(NETTY_CHANNEL)) {
            return null;
        }
        try {
            return (io.netty.channel.Channel) NIO_CHANNEL.invoke(channel);
        } catch (Throwable e) {
            log.error("cannot read the TLS session of {}; refusing its calls", channel, e);
            return null;
        }
    }

    private static MethodHandle nioChannelAccessor() {
        try {
            Class<?> type = Class.forName(NETTY_CHANNEL);
            return MethodHandles.privateLookupIn(type, MethodHandles.lookup())
                    .findVirtual(type, "getNioChannel", MethodType.methodType(io.netty.channel.Channel.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.error("this Dubbo version does not expose its connections' TLS sessions; every RPC caller will be refused", e);
            return null;
        }
    }
}
