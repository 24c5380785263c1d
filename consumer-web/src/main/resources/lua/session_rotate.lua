-- Exchanges a session's refresh token for the next one, once.
-- KEYS[1]: the session's hash, KEYS[2]: the user's index.
-- ARGV[1]: digest of the presented token's one-time id, ARGV[2]: digest of the next one's, ARGV[3]: time
-- to live (ms), ARGV[4]: grace (ms) for a concurrent refresh of the same token, ARGV[5]: the session id,
-- ARGV[6]: the longest a session may last (ms): a refresh never carries it past that.
-- Returns {outcome, ms the session has left}: outcome 1 rotated, 2 replaced a moment ago (refused, session
-- kept), 3 reused (session ended), 0 unknown; the time left only with 1.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local current = redis.call('HGET', KEYS[1], 'refresh')
if not current then
    return {0, 0}
end
if current == ARGV[1] then
    local opened = tonumber(redis.call('HGET', KEYS[1], 'opened'))
    if not opened then -- opened before sessions had a lifetime: it starts counting now
        opened = now
        redis.call('HSET', KEYS[1], 'opened', now)
    end
    local left = opened + tonumber(ARGV[6]) - now
    if left <= 0 then
        redis.call('DEL', KEYS[1])
        redis.call('ZREM', KEYS[2], ARGV[5])
        return {0, 0}
    end
    redis.call('HSET', KEYS[1], 'refresh', ARGV[2], 'previous', ARGV[1], 'rotated', now)
    redis.call('PEXPIRE', KEYS[1], math.min(tonumber(ARGV[3]), left))
    redis.call('ZADD', KEYS[2], now, ARGV[5])
    redis.call('PEXPIRE', KEYS[2], ARGV[3])
    return {1, left}
end
local previous = redis.call('HGET', KEYS[1], 'previous')
local rotated = tonumber(redis.call('HGET', KEYS[1], 'rotated') or '0')
if previous == ARGV[1] and now - rotated <= tonumber(ARGV[4]) then
    return {2, 0}
end
-- A refresh token that was spent before: only a copy of it can be presented again. End the session.
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[5])
return {3, 0}
