-- Commits one dedup decision made in TypeScript from reads taken a moment earlier.
--
-- Exact keys are settled here: an address or guid makes this report an exact duplicate of the
-- story it names only when the caller vouched for that story (its text agrees, or the same feed
-- sent it: `vouches` in decide.ts). A key naming a story the caller found wanting is passed
-- over; one naming a story the caller has not seen (filed since its read) is answered with
-- "vet", for the caller to judge and commit again. The item's own story needs no vouching.
--
-- A similarity decision is refused only when its inputs changed: when the stories it would
-- compare if made now (ranked from the live buckets of its own bands) are not the ones it
-- compared, or one of those got a report since. Version slots shared between buckets, or a
-- counter per bucket, refuse far more: buckets of common words turn over with every unrelated
-- story, and in a benchmark corpus nearly all such refusals ended in the same decision. What
-- the ranking leaves out was never read by the decision, so no change to it can alter it.
-- A refusal answers with the live buckets and candidates, so the caller decides again at once,
-- loading only the stories that are new or changed, instead of reading everything again.
--
-- The story a join goes to is left out of the comparison: other reports joining it meanwhile
-- only add to what matched, so refusing for them would turn every popular story into a storm
-- of retries, while the commit is still the one a serial order (this join first) gives.
--
-- With `forced`, the last attempt after several refusals, nothing is compared and a join
-- whose story vanished becomes a new story: the item is always stored, at the price of a
-- possible second story for an event many writers are filing at that very moment.
--
-- KEYS: 1 the item's own story, 2 the target story, then n exact keys, b band keys and
--       c candidate stories other than the target
-- ARGV: 1 mode ("exact" | "new" | "join"), 2 forced ("1" | "0"), 3 item id, 4 target id,
--       5 member JSON, 6 member limit, 7 window ms, 8 report time ms, 9 n, 10 b, 11 c,
--       12 bucket limit, 13 candidate limit, 14 since (ms: the report time less the window),
--       15 digest of the candidates, 16 the story vouched for ("" for none), 17 the stories
--       found wanting (space-separated), then the c candidates' story ids
-- Returns {"exact", story id, index of the exact key (0: the item's own story)},
-- {"new" | "join", story id}, {"vet", story id, index of the exact key} or
-- {"conflict", live buckets, live candidates}.
local mode, forced, itemId, target, member = ARGV[1], ARGV[2] == "1", ARGV[3], ARGV[4], ARGV[5]
local memberLimit, window = tonumber(ARGV[6]), tonumber(ARGV[7])
local at = tonumber(ARGV[8])
local n, b, c = tonumber(ARGV[9]), tonumber(ARGV[10]), tonumber(ARGV[11])
local bucketLimit, candidateLimit = tonumber(ARGV[12]), tonumber(ARGV[13])
local since, digest, vouched = ARGV[14], ARGV[15], ARGV[16]
local wanting = {}
for id in string.gmatch(ARGV[17], "%S+") do wanting[id] = true end

-- The same order of precedence as the reader: the item's own story, then its keys in order.
local values, hit, hitAt = {}, nil, nil
if redis.call("EXISTS", KEYS[1]) == 1 then hit, hitAt = itemId, 0 end
for i = 1, n do
  values[i] = redis.call("GET", KEYS[2 + i])
  if not hit and values[i] and not wanting[values[i]] then hit, hitAt = values[i], i end
end
-- A story nobody vouched for: judged by the caller, or, on the forced last attempt, passed over.
if hit and hitAt > 0 and hit ~= vouched then
  if not forced then return { "vet", hit, hitAt } end
  hit = nil
end

-- Keys still naming another story keep it: the first story an address went to stays.
local function fileKeys(storyId)
  for i = 1, n do
    if not values[i] then
      redis.call("SET", KEYS[2 + i], storyId, "PX", window)
    elseif values[i] == storyId then
      redis.call("PEXPIRE", KEYS[2 + i], window)
    end
  end
end

if hit then
  fileKeys(hit)
  return { "exact", hit, hitAt }
end

-- The candidates the decision would compare if it were made now: rankCandidates in decide.ts,
-- rebuilt here (stories sharing the most of these buckets first, ties in first-seen order).
local function liveCandidates(buckets)
  local counts, order = {}, {}
  for i = 1, b do
    for _, id in ipairs(buckets[i]) do
      if counts[id] then
        counts[id] = counts[id] + 1
      else
        counts[id] = 1
        order[#order + 1] = id
      end
    end
  end
  local firstSeen = {}
  for i, id in ipairs(order) do firstSeen[id] = i end
  table.sort(order, function(x, y)
    if counts[x] ~= counts[y] then return counts[x] > counts[y] end
    return firstSeen[x] < firstSeen[y]
  end)
  local top = {}
  for i = 1, math.min(candidateLimit, #order) do top[order[i]] = true end
  return top
end

-- Whether the decision still rests on what it read: the same candidates (but for the story it
-- joins), each unchanged; the text hashed must be decisionDigest's in redis-reads.ts. On a
-- refusal the live buckets and candidates go back, for the caller to decide again from.
local function check()
  local buckets, candidates = {}, {}
  for i = 1, b do
    buckets[i] = redis.call("ZRANGE", KEYS[2 + n + i], "+inf", since, "BYSCORE", "REV", "LIMIT", 0, bucketLimit)
  end
  for i = 1, c do
    local key = KEYS[2 + n + b + i]
    candidates[i] = redis.call("LLEN", key) .. " " .. (redis.call("LINDEX", key, 0) or "")
  end
  local top, same = liveCandidates(buckets), true
  top[target] = nil
  for i = 1, c do
    if not top[ARGV[17 + i]] then same = false end
    top[ARGV[17 + i]] = nil
  end
  if next(top) ~= nil or redis.sha1hex(table.concat(candidates, "\n")) ~= digest then same = false end
  return same, buckets, candidates
end

local story = KEYS[2]
-- An exact key the reader saw, or the story it joins, has just expired: unless forced, the
-- decision is made again without it.
if mode == "exact" or (mode == "join" and redis.call("EXISTS", story) == 0) then mode = "new" end
if not forced then
  local same, buckets, candidates = check()
  if mode ~= ARGV[1] or not same then return { "conflict", buckets, candidates } end
end
if mode == "new" then
  target, story = itemId, KEYS[1]
end

fileKeys(target)
redis.call("LPUSH", story, member)
redis.call("LTRIM", story, 0, memberLimit - 1)
redis.call("PEXPIRE", story, window)
for i = 1, b do
  local band = KEYS[2 + n + i]
  redis.call("ZADD", band, "GT", at, target)
  redis.call("ZREMRANGEBYSCORE", band, "-inf", "(" .. since)
  redis.call("ZREMRANGEBYRANK", band, 0, -(bucketLimit + 1))
  redis.call("PEXPIRE", band, window)
end
return { mode, target }
