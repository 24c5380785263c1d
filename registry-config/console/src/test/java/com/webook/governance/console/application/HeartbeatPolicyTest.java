package com.webook.governance.console.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

class HeartbeatPolicyTest {

    private final HeartbeatPolicy own = new HeartbeatPolicy(List.of());
    private final HeartbeatPolicy nat = new HeartbeatPolicy(List.of("10.8.0.0/16", "fd00::/8"));

    @Test
    void aHeartbeatMayNameOnlyTheAddressItCameFrom() throws Exception {
        InetAddress source = InetAddress.getByName("192.0.2.7");

        assertThat(own.refusal("webook-article", "192.0.2.7", "8719", source)).isNull();
        assertThat(own.refusal("webook-article", "169.254.169.254", "80", source)).contains("is not the address");
        assertThat(own.refusal("webook-article", "127.0.0.1", "8719", source)).contains("is not the address");
    }

    @Test
    void orOneInAConfiguredNetwork() throws Exception {
        InetAddress gateway = InetAddress.getByName("192.0.2.1");

        assertThat(nat.refusal("app", "10.8.3.4", "8719", gateway)).isNull();
        assertThat(nat.refusal("app", "10.9.0.1", "8719", gateway)).isNotNull();
        assertThat(nat.refusal("app", "fd12::5", "8719", gateway)).isNull();
        assertThatThrownBy(() -> new HeartbeatPolicy(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesPortsAndAddressesAreChecked() throws Exception {
        InetAddress local = InetAddress.getByName("127.0.0.1");

        assertThat(own.refusal("a b", "127.0.0.1", "8719", local)).contains("app must be");
        assertThat(own.refusal("", "127.0.0.1", "8719", local)).contains("app must be");
        assertThat(own.refusal("app", "127.0.0.1", "x", local)).contains("port must be a number");
        assertThat(own.refusal("app", "127.0.0.1", "70000", local)).contains("port must be 1 to 65535");
        assertThat(own.refusal("app", "localhost", "8719", local)).contains("ip must be an IP address");
        assertThat(own.refusal("app", "evil.example", "8719", local)).contains("ip must be an IP address");
        assertThat(own.refusal("app", null, "8719", local)).contains("ip must be an IP address");
        // names made of hex letters would be looked up (and could be re-pointed later): not literals
        assertThat(own.refusal("app", "cafe.be", "8719", local)).contains("ip must be an IP address");
        assertThat(own.refusal("app", "ab.cab", "8719", local)).contains("ip must be an IP address");
        assertThat(own.refusal("app", "127.0.0.256", "8719", local)).contains("ip must be an IP address");
        assertThat(HeartbeatPolicy.normalised("::ffff:127.0.0.1")).isEqualTo("127.0.0.1");
    }
}
