-- Records a development message in a phone's inbox: newest first, at most ARGV[2] entries,
-- the whole inbox expiring ARGV[3] milliseconds after its last message.
-- KEYS[1]: sms:inbox:<phone>. ARGV[1]: the entry (JSON).
redis.call('LPUSH', KEYS[1], ARGV[1])
redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[2]) - 1)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
