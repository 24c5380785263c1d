package com.webook.governance.console.thirdparty;

import com.alibaba.csp.sentinel.Entry;
import com.alibaba.csp.sentinel.SphU;
import com.alibaba.csp.sentinel.slots.block.BlockException;

/**
 * Another team's app: sentinel-core and the stock simple-http transport, nothing of Webook's, configured the
 * stock way ({@code -Dcsp.sentinel.dashboard.server=...}). Stock Sentinel starts on the first guarded call;
 * this one makes a call every 100 ms until it is stopped.
 */
public final class PlainSentinelApp {

    private PlainSentinelApp() {
    }

    public static void main(String[] args) throws InterruptedException {
        while (true) {
            try (Entry entry = SphU.entry("third-party:work")) {
                Thread.sleep(1);
            } catch (BlockException blocked) {
                // a rule said no
            }
            Thread.sleep(100);
        }
    }
}
