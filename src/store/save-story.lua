-- Saves one report (save-report.lua, which precedes this text).
-- KEYS: 1 story hash, 2 sources hash, 3 item->story map, 4 timeline, 5 version, 6 metrics hash,
--       7.. index keys
-- ARGV: 1 story id, 2 item id, 3 item JSON, 4 source JSON, 5 score ms, 6 now ISO,
--       7 tags JSON, 8 item map TTL ms, 9 "1" when this item created the story,
--       10 / 11 the metrics fields counting items that created / joined a story,
--       12 "1" when the report comes from the site the article is on
local creator = ARGV[9] == "1"
local changed, first = saveReport(
  { story = KEYS[1], sources = KEYS[2], item = KEYS[3], timeline = KEYS[4], indexes = { unpack(KEYS, 7) } },
  {
    storyId = ARGV[1], itemId = ARGV[2], item = ARGV[3], source = ARGV[4], score = ARGV[5], now = ARGV[6],
    tags = ARGV[7], itemTtl = ARGV[8], creator = creator, ownSite = ARGV[12] == "1",
  }
)
-- Counted in the same step that stores the item, so a poll that dies half way neither loses
-- nor repeats a count: its re-run finds these items stored and counts only the rest.
if first then redis.call("HINCRBY", KEYS[6], creator and ARGV[10] or ARGV[11], 1) end
if changed == 1 then redis.call("INCR", KEYS[5]) end
return changed
