-- Opens a login session and keeps the user's sessions bounded.
-- KEYS[1]: the session's hash, KEYS[2]: the user's index (sorted by last use).
-- ARGV[1]: digest of the refresh token's one-time id, ARGV[2]: time to live (ms), ARGV[3]: most sessions
-- per user, ARGV[4]: the session id, ARGV[5]: the prefix of the user's session keys, ARGV[6]: the user id,
-- ARGV[7]: the longest a session may last however often it is refreshed (ms).
-- Returns the ids of the sessions this login ended (the least recently used beyond the limit).
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('HSET', KEYS[1], 'uid', ARGV[6], 'refresh', ARGV[1], 'opened', now)
redis.call('PEXPIRE', KEYS[1], math.min(tonumber(ARGV[2]), tonumber(ARGV[7])))
-- Forget sessions that ended on their own, then end the least recently used beyond the limit.
for _, sid in ipairs(redis.call('ZRANGE', KEYS[2], 0, -1)) do
    if redis.call('EXISTS', ARGV[5] .. sid) == 0 then
        redis.call('ZREM', KEYS[2], sid)
    end
end
redis.call('ZADD', KEYS[2], now, ARGV[4])
local extra = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[3])
local ended = {}
if extra > 0 then
    ended = redis.call('ZRANGE', KEYS[2], 0, extra - 1)
    for _, sid in ipairs(ended) do
        redis.call('DEL', ARGV[5] .. sid)
    end
    redis.call('ZREMRANGEBYRANK', KEYS[2], 0, extra - 1)
end
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return ended
