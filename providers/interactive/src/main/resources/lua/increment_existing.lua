-- Adds to one field of a counts hash, only while the hash exists: an increment must not create an
-- entry that holds one field and reads as zeros for the others. The entry keeps its expiry.
-- KEYS[1] the hash; ARGV[1] field, ARGV[2] delta. Returns 1 when applied, 0 when there was no entry.
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('HINCRBY', KEYS[1], ARGV[1], ARGV[2])
  return 1
end
return 0
