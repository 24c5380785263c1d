package com.webook.provider.support.arch.sample.domain;

import org.springframework.util.StringUtils;

/** A deliberately wrong domain class: the architecture rule must reject it. */
public class LeakyAggregate {

    public boolean named(String name) {
        return StringUtils.hasText(name);
    }
}
