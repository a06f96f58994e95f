-- Replaces a story's tags after re-tagging and moves it between the tag indexes. Feed indexes
-- and the story itself stay; nothing is written, and the version stays, when the tags are the same.
-- KEYS: 1 story hash, 2 version, 3.. the tag index keys the new tags put the story in
-- ARGV: 1 story id, 2 tags JSON, 3.. prefixes of the tag index keys (lang, country, region, crisis, custom)
local story, version, storyId = KEYS[1], KEYS[2], ARGV[1]
local current = redis.call("HGET", story, "tags")
if not current then return 0 end

local old, new = cjson.decode(current), cjson.decode(ARGV[2])
local function set(list)
  local seen = {}
  if type(list) == "table" then for _, v in ipairs(list) do seen[v] = true end end
  return seen
end
local function equal(a, b)
  local x, y = set(a), set(b)
  for k in pairs(x) do if not y[k] then return false end end
  for k in pairs(y) do if not x[k] then return false end end
  return true
end
local same = old.language == new.language
for _, field in ipairs({ "countries", "regions", "crises", "custom" }) do
  same = same and equal(old[field], new[field])
end
if same then return 0 end

local function tagKey(key)
  for i = 3, #ARGV do
    if string.sub(key, 1, #ARGV[i]) == ARGV[i] then return true end
  end
  return false
end
local wanted = {}
for i = 3, #KEYS do wanted[KEYS[i]] = true end
local score = redis.call("HGET", story, "score")
local kept, listed = {}, {}
for _, key in ipairs(cjson.decode(redis.call("HGET", story, "indexes") or "[]")) do
  if tagKey(key) and not wanted[key] then
    redis.call("ZREM", key, storyId)
  else
    table.insert(kept, key); listed[key] = true
  end
end
for i = 3, #KEYS do
  redis.call("ZADD", KEYS[i], score, storyId)
  if not listed[KEYS[i]] then table.insert(kept, KEYS[i]); listed[KEYS[i]] = true end
end
redis.call("HSET", story, "tags", ARGV[2], "indexes", cjson.encode(kept))
redis.call("INCR", version)
return 1
