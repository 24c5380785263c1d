-- Sliding-window rate limit on a sorted set of event times, atomically.
-- KEYS[1]: the window's key. ARGV[1]: window in milliseconds, ARGV[2]: limit, ARGV[3]: a unique member.
-- Time comes from the Redis server, so every instance of the provider shares one clock.
-- Returns 1 and records the event when fewer than limit events fall in the window, else 0.
local window = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= limit then
    return 0
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], window)
return 1
