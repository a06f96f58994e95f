-- Hands out up to ARGV[2] feeds whose due time has come, oldest due first, and leases them: each
-- one's score moves to now + ARGV[1], so a worker that dies with it in hand gives it back when the
-- lease runs out. KEYS[1] the due set, KEYS[2] the tries of feeds being retried.
-- Returns { now, ids, tries, next }: next is the earliest due time left when nothing was due.
local clock = redis.call('TIME')
local now = clock[1] * 1000 + math.floor(clock[2] / 1000)
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, tonumber(ARGV[2]))
if #due == 0 then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return { now, {}, {}, first[2] or false }
end
local leased = {}
for _, id in ipairs(due) do
  leased[#leased + 1] = now + tonumber(ARGV[1])
  leased[#leased + 1] = id
end
redis.call('ZADD', KEYS[1], 'XX', unpack(leased))
return { now, due, redis.call('HMGET', KEYS[2], unpack(due)), false }
