-- Files a story under its event, creating the event on its first story. Idempotent, so a
-- re-polled report or two workers racing change nothing twice. Run inside the script that saves
-- the report (save-story.lua, commit-feed.lua), after saveReport, which keeps a story with the
-- event it was first filed under: call this only when that is `e.eventId`.
--
-- saveEvent(k, e): k.event (hash), k.stories, k.feeds, k.index (all events); e.eventId,
-- e.storyId, e.feedId, e.title, e.at (the story's time, ms), e.now (ISO), e.ttl (ms). Returns
-- whether the event changed (0 | 1), for the caller to bump the store version once.
local function saveEvent(k, e)
  local at = tonumber(e.at)
  local stored = redis.call("HMGET", k.event, "title", "last")
  local set, changed = {}, 0
  if not stored[1] then
    set = { "title", e.title, "firstSeen", e.now }
    changed = 1
  end
  if redis.call("ZADD", k.stories, "NX", at, e.storyId) == 1 then changed = 1 end
  if redis.call("SADD", k.feeds, e.feedId) == 1 then changed = 1 end
  if changed == 1 then
    set[#set + 1] = "lastSeen"
    set[#set + 1] = e.now
  end
  local last = tonumber(stored[2] or "0")
  if at > last then
    set[#set + 1] = "last"
    set[#set + 1] = at
    last = at
  end
  if #set > 0 then redis.call("HSET", k.event, unpack(set)) end
  redis.call("ZADD", k.index, last, e.eventId)
  for _, key in ipairs({ k.event, k.stories, k.feeds }) do redis.call("PEXPIRE", key, e.ttl) end
  return changed
end
