-- Writes the next due times of polled feeds, each only while the feed still holds the lease its
-- poll was claimed under: a feed whose lease ran out and went to another worker, or that a
-- reconcile put back due at once (Redis restarted empty), is left as it is now.
-- KEYS[1] the due set, KEYS[2] the tries; ARGV[1] n, then per feed: id, leased until, due at,
-- tries (0: the tick is over), "1" when it was being retried.
local n = tonumber(ARGV[1])
local ids = {}
for i = 0, n - 1 do ids[#ids + 1] = ARGV[2 + i * 5] end
local scores = redis.call('ZMSCORE', KEYS[1], unpack(ids))
local due, retry, over = {}, {}, {}
for i = 0, n - 1 do
  local at = 2 + i * 5
  if scores[i + 1] and tonumber(scores[i + 1]) == tonumber(ARGV[at + 1]) then
    due[#due + 1] = ARGV[at + 2]
    due[#due + 1] = ARGV[at]
    if ARGV[at + 3] ~= '0' then
      retry[#retry + 1] = ARGV[at]
      retry[#retry + 1] = ARGV[at + 3]
    elseif ARGV[at + 4] == '1' then
      over[#over + 1] = ARGV[at]
    end
  end
end
if #due > 0 then redis.call('ZADD', KEYS[1], 'XX', unpack(due)) end
if #retry > 0 then redis.call('HSET', KEYS[2], unpack(retry)) end
if #over > 0 then redis.call('HDEL', KEYS[2], unpack(over)) end
return #due / 2
