-- Spends one attempt on the live code. KEYS[1] code key, KEYS[2] its attempts counter; ARGV[1] typed code.
-- Returns 0 accepted (the code is then used up), 1 wrong, 2 too many attempts, 3 no live code.
-- A plain comparison, not a constant-time one: with 3 attempts per code and the comparison inside
-- Redis, timing tells an attacker nothing they could use.
local expected = redis.call('GET', KEYS[1])
local left = tonumber(redis.call('GET', KEYS[2]))
if not expected or not left or left == -1 then
  return 3
end
if left <= 0 then
  return 2
end
if expected == ARGV[1] then
  redis.call('SET', KEYS[2], -1, 'KEEPTTL')
  return 0
end
redis.call('DECR', KEYS[2])
return 1
