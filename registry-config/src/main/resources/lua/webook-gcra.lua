-- Rate limits by the generic cell rate algorithm (GCRA), several at once and atomically: a request is
-- allowed only when every limit allows it, and only then (mode "take") is it charged to all of them.
-- KEYS[i]: the key of limit i, holding its theoretical arrival time (TAT) in milliseconds.
-- ARGV[1]: "take", or "refund" (gives back one charge of each limit, as far as it was spent; never
-- refuses); then, per limit i: ARGV[2i] the emission interval in milliseconds (period / limit), ARGV[2i+1]
-- the burst (limit).
-- Time comes from the Redis server, so every instance shares one clock.
-- Returns {1, 0, 0} when allowed, else {0, milliseconds until allowed, index of the first refusing limit}.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
if ARGV[1] == 'refund' then
    for i = 1, #KEYS do
        local tat = tonumber(redis.call('GET', KEYS[i]))
        if tat then
            tat = tat - tonumber(ARGV[2 * i])
            if tat > now then
                redis.call('SET', KEYS[i], tat, 'PX', tat - now)
            else
                redis.call('DEL', KEYS[i])
            end
        end
    end
    return {1, 0, 0}
end
local next_tats = {}
local refused = 0
local wait = 0
for i = 1, #KEYS do
    local interval = tonumber(ARGV[2 * i])
    local burst = tonumber(ARGV[2 * i + 1])
    local tat = tonumber(redis.call('GET', KEYS[i]) or now)
    if tat < now then
        tat = now
    end
    local next_tat = tat + interval
    local allowed_at = next_tat - burst * interval
    if allowed_at > now then
        if refused == 0 then
            refused = i
        end
        if allowed_at - now > wait then
            wait = allowed_at - now
        end
    end
    next_tats[i] = next_tat
end
if refused > 0 then
    return {0, wait, refused}
end
for i = 1, #KEYS do
    redis.call('SET', KEYS[i], next_tats[i], 'PX', next_tats[i] - now)
end
return {1, 0, 0}
