-- Files a story under its event, creating the event on its first story. Idempotent, so a
-- re-polled report or two workers racing change nothing twice. Run inside the script that saves
-- the report (save-story.lua, commit-feed.lua), after saveReport.
--
-- saveEvent(k, e): k.event (hash), k.stories, k.feeds, k.index (all events), k.story (the story
-- hash); e.eventId, e.storyId, e.feedId, e.title, e.at (the story's time, ms), e.now (ISO),
-- e.ttl (ms). Returns whether the event changed (0 | 1), for the caller to bump the store
-- version once.
local function saveEvent(k, e)
  local event, at = k.event, tonumber(e.at)
  local changed = 0
  -- A story keeps the event it was first filed under.
  if redis.call("HSETNX", k.story, "event", e.eventId) == 0 and redis.call("HGET", k.story, "event") ~= e.eventId then
    return 0
  end
  if redis.call("HSETNX", event, "title", e.title) == 1 then
    redis.call("HSET", event, "firstSeen", e.now)
    changed = 1
  end
  if redis.call("ZADD", k.stories, "NX", at, e.storyId) == 1 then changed = 1 end
  if redis.call("SADD", k.feeds, e.feedId) == 1 then changed = 1 end
  local last = tonumber(redis.call("HGET", event, "last") or "0")
  if changed == 1 then redis.call("HSET", event, "lastSeen", e.now) end
  if at > last then
    redis.call("HSET", event, "last", at)
    last = at
  end
  redis.call("ZADD", k.index, last, e.eventId)
  for _, key in ipairs({ event, k.stories, k.feeds }) do redis.call("PEXPIRE", key, e.ttl) end
  return changed
end
