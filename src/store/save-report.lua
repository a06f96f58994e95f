-- Adds one report (item) to a story, creating the story on first touch. Run inside one script
-- (save-story.lua, commit-feed.lua), so concurrent workers that report the same story never
-- lose a source or a tag. The story hash is read once and written once.
--
-- saveReport(k, r): k.story, k.sources, k.item (item -> story map), k.timeline, k.indexes (a
-- list); r.storyId, r.itemId, r.item (JSON), r.source (JSON), r.score (ms), r.now (ISO), r.tags
-- (JSON), r.itemTtl (ms), r.creator and r.ownSite (booleans: this item created the story; it
-- comes from the site the article is on), r.eventId (the story's event, or nil). Returns whether
-- the stored story changed (0 | 1), whether the item was stored for the first time, for the
-- caller to count and to bump the store version once, and the story's event: the one it was
-- first filed under, which it keeps.
local function sameValue(v) return v end
-- Evidence entries are tables, so they are compared by what they say, not by identity.
local function evidenceKey(e)
  return table.concat({ e.kind or "", e.tag or "", e.rule or "", e.field or "", table.concat(e.terms or {}, "\31") }, "\30")
end

local function saveReport(k, r)
  local changed = 0
  local stored = redis.call("HMGET", k.story, "repItem", "repOwnSite", "item", "score", "tags", "indexes", "firstSeen", "event")
  local rep, repOwnSite, score = stored[1], stored[2] == "1", stored[4]
  local set = {}
  local function put(field, value)
    set[#set + 1] = field
    set[#set + 1] = value
  end

  -- The representative, whose headline and link the story shows, is the earliest report from the
  -- site the article is on, else the report that created the story: a feed republishing another
  -- outlet's article never retitles it. A joiner that races ahead of the creator only holds the
  -- place until the creator's write arrives.
  if not rep or rep == r.itemId or (r.ownSite and not repOwnSite) or (r.creator and r.ownSite == repOwnSite) then
    if rep ~= r.itemId or stored[3] ~= r.item then
      put("item", r.item)
      put("repItem", r.itemId)
      put("guid", r.storyId)
      put("repOwnSite", r.ownSite and "1" or "0")
      changed = 1
    end
    if r.creator or not rep then
      score = r.score
      put("score", score)
    end
  end
  if not stored[7] then put("firstSeen", r.now) end
  local event = stored[8]
  if r.eventId and not event then
    event = r.eventId
    put("event", event)
  end

  -- A story not stored yet has no sources (retention unlinks the two together): nothing to read.
  local previous = stored[7] and redis.call("HGET", k.sources, r.itemId) or nil
  if previous ~= r.source then
    redis.call("HSET", k.sources, r.itemId, r.source)
    put("lastSeen", r.now)
    changed = 1
  end

  local function union(into, from, key)
    local seen = {}
    for _, v in ipairs(into) do seen[key(v)] = true end
    for _, v in ipairs(from) do
      if not seen[key(v)] then table.insert(into, v); seen[key(v)] = true; changed = 1 end
    end
  end

  if stored[5] then
    local tags, incoming = cjson.decode(stored[5]), cjson.decode(r.tags)
    for _, field in ipairs({ "countries", "regions", "crises", "custom" }) do union(tags[field], incoming[field], sameValue) end
    if #tags.evidence < 64 then union(tags.evidence, incoming.evidence, evidenceKey) end
    put("tags", cjson.encode(tags))
  else
    put("tags", r.tags)
    changed = 1
  end

  local indexes = cjson.decode(stored[6] or "[]")
  local listed = {}
  for _, key in ipairs(indexes) do listed[key] = true end
  redis.call("ZADD", k.timeline, score, r.storyId)
  for _, key in ipairs(k.indexes) do
    redis.call("ZADD", key, score, r.storyId)
    if not listed[key] then table.insert(indexes, key); listed[key] = true end
  end
  put("indexes", cjson.encode(indexes))
  redis.call("HSET", k.story, unpack(set))
  redis.call("SET", k.item, r.storyId, "PX", r.itemTtl)
  return changed, not previous, event
end
