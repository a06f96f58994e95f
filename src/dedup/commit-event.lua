-- Commits one event decision made in TypeScript from reads taken a moment earlier.
--
-- The decision is refused when what it read changed: an event it compared got a story since
-- (its version moved), or the buckets of the story's headline names now list other events. The
-- caller then reads again and decides again, so the outcome is the one some serial order of
-- the writers gives, whichever worker saw a report first. A story that got its event from
-- another writer meanwhile keeps that event. With `forced` (after many refusals) nothing is
-- checked, so a story always gets an event.
--
-- KEYS: 1 the story's event key, 2 the target event's hash, 3 its member list, then c candidate
--       event hashes, h headline-name buckets and f name buckets to file the event under
-- ARGV: 1 mode ("new" | "join"), 2 forced, 3 event id, 4 member JSON, 5 member limit,
--       6 window ms, 7 story time ms, 8 c, 9 h, 10 f, 11 bucket limit, 12 digest of the
--       headline buckets as read, then the c versions as read
-- Returns {"known" | "new" | "join", event id} or {"conflict"}.
local mode, forced, eventId, member = ARGV[1], ARGV[2] == "1", ARGV[3], ARGV[4]
local memberLimit, window, at = tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7])
local c, h, f, bucketLimit, digest = tonumber(ARGV[8]), tonumber(ARGV[9]), tonumber(ARGV[10]), tonumber(ARGV[11]), ARGV[12]

local known = redis.call("GET", KEYS[1])
if known then return { "known", known } end

if not forced then
  for i = 1, c do
    local version = redis.call("HGET", KEYS[3 + i], "v") or "0"
    if version ~= ARGV[12 + i] then return { "conflict" } end
  end
  local parts = {}
  for i = 1, h do
    parts[i] = table.concat(redis.call("ZREVRANGE", KEYS[3 + c + i], 0, bucketLimit - 1), ",")
  end
  if table.concat(parts, ";") ~= digest then return { "conflict" } end
  if mode == "join" and redis.call("EXISTS", KEYS[2]) == 0 then return { "conflict" } end
end

redis.call("HINCRBY", KEYS[2], "v", 1)
local last = tonumber(redis.call("HGET", KEYS[2], "last") or "0")
if at > last then redis.call("HSET", KEYS[2], "last", at) end
redis.call("LPUSH", KEYS[3], member)
redis.call("LTRIM", KEYS[3], 0, memberLimit - 1)
redis.call("PEXPIRE", KEYS[2], window)
redis.call("PEXPIRE", KEYS[3], window)

for i = 1, f do
  local bucket = KEYS[3 + c + h + i]
  local score = tonumber(redis.call("ZSCORE", bucket, eventId) or "0")
  if at > score then redis.call("ZADD", bucket, at, eventId) end
  redis.call("ZREMRANGEBYRANK", bucket, 0, -(bucketLimit + 1))
  redis.call("PEXPIRE", bucket, window)
end

redis.call("SET", KEYS[1], eventId, "PX", window)
return { mode, eventId }
