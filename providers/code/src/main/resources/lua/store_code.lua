-- Stores a new code unless the last one for this target is younger than the resend interval.
-- KEYS[1] code key, KEYS[2] its attempts counter; ARGV: code, validity ms, resend interval ms, attempts.
-- Returns 0 stored, -1 too frequent, -2 the key has no expiry (written by something else: refuse).
local ttl = redis.call('PTTL', KEYS[1])
if ttl == -1 then
  return -2
end
if ttl > 0 and ttl > tonumber(ARGV[2]) - tonumber(ARGV[3]) then
  return -1
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('SET', KEYS[2], ARGV[4], 'PX', ARGV[2])
return 0
