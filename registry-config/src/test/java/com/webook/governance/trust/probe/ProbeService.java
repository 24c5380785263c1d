package com.webook.governance.trust.probe;

/** A service for the trust-boundary tests: one method consumer-web may call, one it may not. */
public interface ProbeService {

    String VERSION = "1.0.0";

    String open(String text);

    String secret(String text);
}
