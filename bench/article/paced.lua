-- wrk script: GET one path per request, optionally paced and with a bearer token.
--   wrk ... -s paced.lua <url> -- <path> [rate-per-connection] [token] [first-id] [last-id]
-- <path> may contain {id}, replaced per request by a random id in [first-id, last-id].
-- rate-per-connection > 0 spaces each connection's requests 1000/rate ms apart, so that
-- connections × rate is the offered load (a closed loop: it holds while latency stays well below
-- the spacing).
local path, pause, token, first, last

function init(args)
  path = args[1] or "/ping"
  local rate = tonumber(args[2] or "0")
  pause = rate > 0 and 1000 / rate or 0
  token = args[3]
  if token == "-" or token == "" then token = nil end
  first = tonumber(args[4] or "1")
  last = tonumber(args[5] or "1")
  math.randomseed(os.time() * 1000 + math.floor(os.clock() * 1000000))
end

function request()
  local headers = {}
  if token then headers["Authorization"] = "Bearer " .. token end
  local p = path:gsub("{id}", tostring(math.random(first, last)))
  return wrk.format("GET", p, headers)
end

function delay()
  return pause
end
