-- Deletes the code and its counter if the code is still ARGV[1]. KEYS[1] code key, KEYS[2] counter.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1], KEYS[2])
end
return 0
