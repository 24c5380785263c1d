package com.webook.governance.console.application;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which heartbeats the console believes. A heartbeat names the address the console will call back (its
 * command API), so one that names another machine would make the console call whatever it names: refused,
 * unless that address lies in a range configured for it (a NAT's inside, a pod network). The names are
 * checked too: an app name as Sentinel writes it, a port, an IP address literal (never a host name, which
 * the console would have to resolve).
 */
public final class HeartbeatPolicy {

    private static final Pattern APP = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    /** Java parses a name with a colon as an IPv6 literal and never looks it up. */
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<Cidr> networks;

    public HeartbeatPolicy(List<String> networks) {
        this.networks = networks.stream().map(Cidr::parse).toList();
    }

    /** Why the heartbeat is refused, or null when it is believed. */
    public String refusal(String app, String ip, String port, InetAddress source) {
        if (app == null || !APP.matcher(app).matches()) {
            return "app must be 1 to 128 letters, digits, . _ : -";
        }
        int number;
        try {
            number = Integer.parseInt(port == null ? "" : port.trim());
        } catch (NumberFormatException e) {
            return "port must be a number";
        }
        if (number < 1 || number > 65_535) {
            return "port must be 1 to 65535";
        }
        InetAddress claimed = literal(ip);
        if (claimed == null) {
            return "ip must be an IP address";
        }
        if (claimed.equals(source) || networks.stream().anyMatch(network -> network.contains(claimed))) {
            return null;
        }
        return "ip " + ip + " is not the address the heartbeat came from (" + source.getHostAddress()
                + ") nor in an allowed network";
    }

    /** The address an IP literal names, or null: never a host name, which would be looked up (and could change). */
    static InetAddress literal(String ip) {
        if (ip == null || ip.length() > 45 || !(IPV4.matcher(ip).matches() || IPV6.matcher(ip).matches())) {
            return null;
        }
        try {
            return InetAddress.getByName(ip); // a literal: no look-up
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** The address as the console stores and calls it: the literal, normalised. */
    public static String normalised(String ip) {
        InetAddress address = literal(ip);
        return address == null ? ip : address.getHostAddress();
    }

    /** An address range such as 10.0.0.0/8 or fd00::/8. */
    record Cidr(byte[] network, int bits) {

        static Cidr parse(String text) {
            String[] parts = text.trim().split("/");
            InetAddress address = literal(parts[0]);
            if (address == null || parts.length != 2) {
                throw new IllegalArgumentException("not a CIDR range: " + text);
            }
            int bits = Integer.parseInt(parts[1]);
            if (bits < 0 || bits > address.getAddress().length * 8) {
                throw new IllegalArgumentException("not a CIDR range: " + text);
            }
            return new Cidr(address.getAddress(), bits);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
