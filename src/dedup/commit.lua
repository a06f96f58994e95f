-- Commits one dedup decision, or refuses it when what the decision was based on changed
-- since it was read (optimistic concurrency: the caller reads, decides in TypeScript with
-- the same code as the offline command, and retries on "conflict").
-- KEYS: 1 story members list, then n exact keys, m version keys, b band keys
-- ARGV: 1 mode ("new" | "join" | "exact"), 2 story id, 3 member JSON, 4 member limit,
--       5 window ms, 6 report time ms, 7 now ms, 8 n, 9 m, 10 b, 11 bucket limit,
--       12 version token, then n expected exact values and m expected versions ("" = absent)
local mode, storyId, member = ARGV[1], ARGV[2], ARGV[3]
local memberLimit, window = tonumber(ARGV[4]), tonumber(ARGV[5])
local at, now = tonumber(ARGV[6]), tonumber(ARGV[7])
local n, m, b = tonumber(ARGV[8]), tonumber(ARGV[9]), tonumber(ARGV[10])
local bucketLimit, token = tonumber(ARGV[11]), ARGV[12]
local story = KEYS[1]

-- An exact key taken by another writer means this report may now be an exact duplicate.
for i = 1, n do
  if (redis.call("GET", KEYS[1 + i]) or "") ~= ARGV[12 + i] then return "conflict" end
end
if mode == "new" then
  -- A new story is only right if no near duplicate was filed in any of its bands meanwhile.
  for i = 1, m do
    if (redis.call("GET", KEYS[1 + n + i]) or "") ~= ARGV[12 + n + i] then return "conflict" end
  end
  if redis.call("EXISTS", story) == 1 then return "conflict" end
elseif mode == "join" and redis.call("EXISTS", story) == 0 then
  return "conflict"
end

for i = 1, n do
  local expected = ARGV[12 + i]
  if expected == "" then
    redis.call("SET", KEYS[1 + i], storyId, "PX", window)
  elseif expected == storyId then
    redis.call("PEXPIRE", KEYS[1 + i], window)
  end
end
if mode == "exact" then return "ok" end

redis.call("LPUSH", story, member)
redis.call("LTRIM", story, 0, memberLimit - 1)
redis.call("PEXPIRE", story, window)
for i = 1, b do
  local band = KEYS[1 + n + m + i]
  redis.call("ZADD", band, "GT", at, storyId)
  redis.call("ZREMRANGEBYSCORE", band, "-inf", "(" .. (now - window))
  redis.call("ZREMRANGEBYRANK", band, 0, -(bucketLimit + 1))
  redis.call("PEXPIRE", band, window)
end
for i = 1, m do
  redis.call("SET", KEYS[1 + n + i], token, "PX", window)
end
return "ok"
