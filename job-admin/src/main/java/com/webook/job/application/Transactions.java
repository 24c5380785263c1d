package com.webook.job.application;

import java.util.function.Supplier;

/** Runs work in one database transaction (port). */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
