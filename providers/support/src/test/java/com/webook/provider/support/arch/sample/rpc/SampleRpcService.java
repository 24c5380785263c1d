package com.webook.provider.support.arch.sample.rpc;

import com.webook.provider.support.arch.sample.api.SampleService;

/** Fixture: the RPC adapter exporting {@link SampleService}. */
public class SampleRpcService implements SampleService {
}
