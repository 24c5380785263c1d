-- Which reads are a reader's first of an object in the period.
-- KEYS[i]: the object-and-reader key of read i. ARGV[1]: the period in milliseconds; ARGV[i + 1]: read i's
-- event id. A key that is free takes the read's event id for the period and the read counts (1); a key
-- holding the same event id (a redelivery) counts again (1); any other read in the period is a repeat (0).
local answers = {}
for i = 1, #KEYS do
    local held = redis.call('GET', KEYS[i])
    if not held then
        redis.call('SET', KEYS[i], ARGV[i + 1], 'PX', ARGV[1])
        answers[i] = 1
    elseif held == ARGV[i + 1] then
        answers[i] = 1
    else
        answers[i] = 0
    end
end
return answers
