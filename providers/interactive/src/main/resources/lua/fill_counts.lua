-- Writes a whole counts hash and its expiry in one step, so no entry is ever left without a TTL.
-- KEYS[1] the hash; ARGV: read_cnt, like_cnt, collect_cnt, ttl in ms.
redis.call('HSET', KEYS[1], 'read_cnt', ARGV[1], 'like_cnt', ARGV[2], 'collect_cnt', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1
