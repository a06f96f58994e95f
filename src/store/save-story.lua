-- Adds one report (item) to a story, creating the story on first touch. Atomic, so
-- concurrent workers that report the same story never lose a source or a tag.
-- KEYS: 1 story hash, 2 sources hash, 3 item->story map, 4 timeline, 5 version, 6 metrics hash,
--       7.. index keys
-- ARGV: 1 story id, 2 item id, 3 item JSON, 4 source JSON, 5 score ms, 6 now ISO,
--       7 tags JSON, 8 item map TTL ms, 9 "1" when this item created the story,
--       10 / 11 the metrics fields counting items that created / joined a story,
--       12 "1" when the report comes from the site the article is on
local story, sources = KEYS[1], KEYS[2]
local storyId, itemId, itemJson, sourceJson = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local creator, ownSite = ARGV[9] == "1", ARGV[12] == "1"
local changed = 0

local rep = redis.call("HGET", story, "repItem")
local repOwnSite = redis.call("HGET", story, "repOwnSite") == "1"
-- The representative, whose headline and link the story shows, is the earliest report from the
-- site the article is on, else the report that created the story: a feed republishing another
-- outlet's article never retitles it. A joiner that races ahead of the creator only holds the
-- place until the creator's write arrives.
if not rep or rep == itemId or (ownSite and not repOwnSite) or (creator and ownSite == repOwnSite) then
  if rep ~= itemId or redis.call("HGET", story, "item") ~= itemJson then
    redis.call("HSET", story, "item", itemJson, "repItem", itemId, "guid", storyId, "repOwnSite", ownSite and "1" or "0")
    changed = 1
  end
  if creator or not rep then redis.call("HSET", story, "score", ARGV[5]) end
end
redis.call("HSETNX", story, "firstSeen", ARGV[6])

local previous = redis.call("HGET", sources, itemId)
-- Counted in the same step that stores the item, so a poll that dies half way neither loses
-- nor repeats a count: its re-run finds these items stored and counts only the rest.
if not previous then redis.call("HINCRBY", KEYS[6], creator and ARGV[10] or ARGV[11], 1) end
if previous ~= sourceJson then
  redis.call("HSET", sources, itemId, sourceJson)
  redis.call("HSET", story, "lastSeen", ARGV[6])
  changed = 1
end

local function same(v) return v end
-- Evidence entries are tables, so they are compared by what they say, not by identity.
local function evidenceKey(e)
  return table.concat({ e.kind or "", e.tag or "", e.rule or "", e.field or "", table.concat(e.terms or {}, "\31") }, "\30")
end

local function union(into, from, key)
  local seen = {}
  for _, v in ipairs(into) do seen[key(v)] = true end
  for _, v in ipairs(from) do
    if not seen[key(v)] then table.insert(into, v); seen[key(v)] = true; changed = 1 end
  end
end

local incoming = cjson.decode(ARGV[7])
local current = redis.call("HGET", story, "tags")
if current then
  local tags = cjson.decode(current)
  for _, field in ipairs({ "countries", "regions", "crises", "custom" }) do union(tags[field], incoming[field], same) end
  if #tags.evidence < 64 then union(tags.evidence, incoming.evidence, evidenceKey) end
  redis.call("HSET", story, "tags", cjson.encode(tags))
else
  redis.call("HSET", story, "tags", ARGV[7])
  changed = 1
end

local score = redis.call("HGET", story, "score")
local indexes = cjson.decode(redis.call("HGET", story, "indexes") or "[]")
local listed = {}
for _, key in ipairs(indexes) do listed[key] = true end
redis.call("ZADD", KEYS[4], score, storyId)
for i = 7, #KEYS do
  redis.call("ZADD", KEYS[i], score, storyId)
  if not listed[KEYS[i]] then table.insert(indexes, KEYS[i]); listed[KEYS[i]] = true end
end
redis.call("HSET", story, "indexes", cjson.encode(indexes))
redis.call("SET", KEYS[3], storyId, "PX", ARGV[8])
if changed == 1 then redis.call("INCR", KEYS[5]) end
return changed
