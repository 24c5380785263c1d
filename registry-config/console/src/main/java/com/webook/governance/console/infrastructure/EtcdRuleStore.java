package com.webook.governance.console.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;

import com.webook.governance.console.application.Rejected;
import com.webook.governance.console.application.RuleStore;
import com.webook.governance.etcd.EtcdUnavailable;
import com.webook.governance.sentinel.EtcdRuleSource;
import com.webook.governance.sentinel.RuleType;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.KeyValue;
import io.etcd.jetcd.kv.GetResponse;
import io.etcd.jetcd.op.Cmp;
import io.etcd.jetcd.op.CmpTarget;
import io.etcd.jetcd.op.Op;
import io.etcd.jetcd.options.GetOption;
import io.etcd.jetcd.options.PutOption;

/**
 * The rules in etcd, where every app's {@code EtcdRuleSource} follows them: one key per app and type. A write
 * lands only if the key's modification revision is still the one read (an etcd transaction), so two
 * operators' changes never overwrite each other unseen.
 */
public class EtcdRuleStore implements RuleStore {

    private final Client client;
    private final String namespace;

    public EtcdRuleStore(Client client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    @Override
    public Stored read(String app, RuleType type) {
        GetResponse response = call(client.getKVClient().get(key(app, type)), "read the rules of " + app);
        if (response.getKvs().isEmpty()) {
            return new Stored("[]", 0);
        }
        KeyValue kv = response.getKvs().get(0);
        return new Stored(kv.getValue().toString(StandardCharsets.UTF_8), kv.getModRevision());
    }

    @Override
    public boolean write(String app, RuleType type, String text, long version) {
        ByteSequence key = key(app, type);
        return call(client.getKVClient().txn()
                .If(new Cmp(key, Cmp.Op.EQUAL, CmpTarget.modRevision(version)))
                .Then(Op.put(key, ByteSequence.from(text, StandardCharsets.UTF_8), PutOption.DEFAULT))
                .commit(), "write the rules of " + app).isSucceeded();
    }

    @Override
    public List<String> apps() {
        String prefix = "/" + namespace + "/config/sentinel/";
        GetResponse response = call(client.getKVClient().get(ByteSequence.from(prefix, StandardCharsets.UTF_8),
                GetOption.builder().isPrefix(true).withKeysOnly(true).build()), "list the apps with rules");
        TreeSet<String> apps = new TreeSet<>();
        for (KeyValue kv : response.getKvs()) {
            String rest = kv.getKey().toString(StandardCharsets.UTF_8).substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash > 0 && RuleType.ofKey(rest.substring(slash + 1)) != null) {
                apps.add(rest.substring(0, slash));
            }
        }
        return List.copyOf(apps);
    }

    private ByteSequence key(String app, RuleType type) {
        return ByteSequence.from(EtcdRuleSource.key(namespace, app, type), StandardCharsets.UTF_8);
    }

    private static <T> T call(java.util.concurrent.CompletableFuture<T> call, String what) {
        try {
            return EtcdUnavailable.await(call, what);
        } catch (EtcdUnavailable away) {
            throw new Rejected(Rejected.Kind.UNAVAILABLE, "etcd did not do it: " + away.getMessage());
        }
    }
}
