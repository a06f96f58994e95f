-- Saves one report (save-report.lua and save-event.lua precede this text), and files its story
-- under an event when one is given.
-- KEYS: 1 story hash, 2 sources hash, 3 item->story map, 4 timeline, 5 version, 6 metrics hash,
--       7 events index, 8 event hash, 9 event stories, 10 event feeds, 11.. index keys
-- ARGV: 1 story id, 2 item id, 3 item JSON, 4 source JSON, 5 score ms, 6 now ISO,
--       7 tags JSON, 8 item map and event TTL ms, 9 "1" when this item created the story,
--       10 / 11 the metrics fields counting items that created / joined a story,
--       12 "1" when the report comes from the site the article is on, 13 event id ("": none),
--       14 the item's title, 15 its feed id
local creator = ARGV[9] == "1"
local eventId = ARGV[13] ~= "" and ARGV[13] or nil
local changed, first, storyEvent = saveReport(
  { story = KEYS[1], sources = KEYS[2], item = KEYS[3], timeline = KEYS[4], indexes = { unpack(KEYS, 11) } },
  {
    storyId = ARGV[1], itemId = ARGV[2], item = ARGV[3], source = ARGV[4], score = ARGV[5], now = ARGV[6],
    tags = ARGV[7], itemTtl = ARGV[8], creator = creator, ownSite = ARGV[12] == "1", eventId = eventId,
  }
)
-- Counted in the same step that stores the item, so a poll that dies half way neither loses
-- nor repeats a count: its re-run finds these items stored and counts only the rest.
if first then redis.call("HINCRBY", KEYS[6], creator and ARGV[10] or ARGV[11], 1) end
if eventId and storyEvent == eventId then
  local eventChanged = saveEvent(
    { event = KEYS[8], stories = KEYS[9], feeds = KEYS[10], index = KEYS[7] },
    { eventId = eventId, storyId = ARGV[1], feedId = ARGV[15], title = ARGV[14], at = ARGV[5], now = ARGV[6], ttl = ARGV[8] }
  )
  if eventChanged == 1 then changed = 1 end
end
if changed == 1 then redis.call("INCR", KEYS[5]) end
return changed
