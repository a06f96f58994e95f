-- Commits what one poll of a feed found, in one step (append-log.lua, save-report.lua and
-- save-event.lua precede this text): the dedup decisions of its new items go to the log, unless
-- reports or events filed since they were decided touch them (then nothing is written and the
-- caller decides again); every report is saved to its story, and a new item's story filed under
-- its event; the items are counted; the feed's seen-set is replaced; the store version moves once. A crash before this step leaves nothing half done: the feed is
-- fetched again and its items are new again.
--
-- KEYS: 1 dedup log, 2 version, 3 metrics hash, 4 seen-set, 5 timeline, 6 events index, then per
--       report its story hash, sources hash, item->story map, event hash, event stories, event
--       feeds (placeholders when it has no event) and its index keys
-- ARGV: 1 "1" when there are decisions to log, then appendToLog's arguments; then the item map
--       TTL ms, now ISO, the metrics fields counting created / joined items, the seen-set's
--       TTL ms, s, s (item id, hash) pairs (s = 0: the set stays as it is), n reports, and per
--       report: its index key count, story id, item id, item JSON, source JSON, score ms, tags
--       JSON, "1" when it created the story, "1" when it comes from the site the article is on,
--       its event id ("": none), its title and its feed id
-- Returns {"refused" | "lost"} (see append-log.lua) or {log entry id ("" for none), changed
-- (0 | 1: its story or its event) per report}.
local at = 2
local logged = ""
if ARGV[1] == "1" then
  logged, at = appendToLog(KEYS[1], ARGV, 2)
  if logged == "refused" or logged == "lost" then return { logged } end
end

local itemTtl, now, createdField, joinedField = ARGV[at], ARGV[at + 1], ARGV[at + 2], ARGV[at + 3]
local seenTtl, s = ARGV[at + 4], tonumber(ARGV[at + 5])
at = at + 6
if s > 0 then
  redis.call("DEL", KEYS[4])
  -- In slices: Lua's stack holds a few thousand arguments, and a document may list more items.
  for from = at, at + 2 * s - 1, 1000 do
    redis.call("HSET", KEYS[4], unpack(ARGV, from, math.min(from + 999, at + 2 * s - 1)))
  end
  redis.call("PEXPIRE", KEYS[4], seenTtl)
end
at = at + 2 * s

local n = tonumber(ARGV[at])
at = at + 1
local reply, key, anyChanged = { logged }, 7, false
local counts = { [createdField] = 0, [joinedField] = 0 }
for i = 1, n do
  local indexCount = tonumber(ARGV[at])
  local creator = ARGV[at + 7] == "1"
  local eventId = ARGV[at + 9] ~= "" and ARGV[at + 9] or nil
  local changed, first, storyEvent = saveReport(
    {
      story = KEYS[key], sources = KEYS[key + 1], item = KEYS[key + 2], timeline = KEYS[5],
      indexes = { unpack(KEYS, key + 6, key + 5 + indexCount) },
    },
    {
      storyId = ARGV[at + 1], itemId = ARGV[at + 2], item = ARGV[at + 3], source = ARGV[at + 4],
      score = ARGV[at + 5], now = now, tags = ARGV[at + 6], itemTtl = itemTtl, creator = creator,
      ownSite = ARGV[at + 8] == "1", eventId = eventId,
    }
  )
  -- Counted in the step that stores the item: a re-run counts only what is not stored yet.
  if first then
    local field = creator and createdField or joinedField
    counts[field] = counts[field] + 1
  end
  if eventId and storyEvent == eventId then
    local eventChanged = saveEvent(
      { event = KEYS[key + 3], stories = KEYS[key + 4], feeds = KEYS[key + 5], index = KEYS[6] },
      {
        eventId = eventId, storyId = ARGV[at + 1], feedId = ARGV[at + 11], title = ARGV[at + 10],
        at = ARGV[at + 5], now = now, ttl = itemTtl,
      }
    )
    if eventChanged == 1 then changed = 1 end
  end
  if changed == 1 then anyChanged = true end
  reply[#reply + 1] = changed
  key = key + 6 + indexCount
  at = at + 12
end
for field, count in pairs(counts) do
  if count > 0 then redis.call("HINCRBY", KEYS[3], field, count) end
end
if anyChanged then redis.call("INCR", KEYS[2]) end
return reply
