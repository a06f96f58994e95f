-- Files a story under its event, creating the event on its first story. Idempotent, so a
-- re-polled report or two workers racing change nothing twice.
-- KEYS: 1 event hash, 2 event stories, 3 event feeds, 4 events index, 5 story hash, 6 version
-- ARGV: 1 event id, 2 story id, 3 feed id, 4 story title, 5 story time ms, 6 now ISO, 7 TTL ms
local event, eventId, storyId, at = KEYS[1], ARGV[1], ARGV[2], tonumber(ARGV[5])
local changed = 0
-- A story keeps the event it was first filed under.
if redis.call("HSETNX", KEYS[5], "event", eventId) == 0 and redis.call("HGET", KEYS[5], "event") ~= eventId then
  return 0
end
if redis.call("HSETNX", event, "title", ARGV[4]) == 1 then
  redis.call("HSET", event, "firstSeen", ARGV[6])
  changed = 1
end
if redis.call("ZADD", KEYS[2], "NX", at, storyId) == 1 then changed = 1 end
if redis.call("SADD", KEYS[3], ARGV[3]) == 1 then changed = 1 end
local last = tonumber(redis.call("HGET", event, "last") or "0")
if changed == 1 then redis.call("HSET", event, "lastSeen", ARGV[6]) end
if at > last then
  redis.call("HSET", event, "last", at)
  last = at
end
redis.call("ZADD", KEYS[4], last, eventId)
for i = 1, 3 do redis.call("PEXPIRE", KEYS[i], ARGV[7]) end
if changed == 1 then redis.call("INCR", KEYS[6]) end
return changed
