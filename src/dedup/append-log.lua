-- Appends a batch of dedup decisions to the log (report-log.ts), unless reports filed since the
-- entry the batch was decided after touched what it read (the same band buckets or exact keys)
-- in a way that can change its decisions. A report that joined a story changes nothing for a
-- decision to join that same story: it only adds to what matched. Any other touch does: a story
-- created in a bucket the batch read may be the better match, a report joining another story
-- may make that one the better match. Workers filing unrelated news thus never refuse each
-- other, and twenty filing one event settle in two rounds. With `forced`, the last attempt
-- after several refusals, nothing is compared: at worst a second story for one event, never a
-- lost item. The log keeps twice the dedup window (`keepMs`) by the server's clock, which
-- entry ids follow, so that a worker starting up rebuilds every story still open.
--
-- Touches are written "@story word word @story word ...": the words of one report after the
-- story it joined, "@" alone for a new story (see touchText in report-log.ts). Event decisions
-- are written the same way, the event in place of the story (eventTouchText): the names whose
-- buckets a decision read, and, marked "w" before, the names it only files the event under. A
-- "w" word is compared with what other batches read, never counted as read itself.
--
-- The entry the batch was decided after must still be there: if it is gone, Redis lost the log
-- (a restart without persistence; or the log was idle for twice the window and trimmed) and
-- the writer's copy of the index describes stories the store may no longer hold, so it starts
-- over from the log as it is ("lost"), forced or not.
--
-- appendToLog(log, a, at): a[at] the entry id decided after, a[at + 1] forced ("1" | "0"),
-- a[at + 2] keepMs, a[at + 3] filed at (ms), a[at + 4] the reports, a[at + 5] their touches,
-- a[at + 6] the stories filed under events.
-- Returns the new entry id, or "refused" or "lost"; and the index of the next argument.
local SINCE_LIMIT = 64

local function eachTouch(text, visit)
  local story = ""
  for word in string.gmatch(text, "%S+") do
    if string.sub(word, 1, 1) == "@" then story = string.sub(word, 2) else visit(word, story) end
  end
end

local function appendToLog(log, a, at)
  local after, forced, keepMs, filedAt, reports, touches = a[at], a[at + 1] == "1", tonumber(a[at + 2]), a[at + 3], a[at + 4], a[at + 5]
  local events = a[at + 6]
  local rest = at + 7
  if after ~= "0-0" and #redis.call("XRANGE", log, after, after) == 0 then return "lost", rest end
  if not forced then
    -- Per word, the story every report of the batch joined through it ("": not all the same one).
    local mine = {}
    eachTouch(touches, function(word, story)
      if string.sub(word, 1, 1) == "w" then return end
      if mine[word] == nil then mine[word] = story elseif mine[word] ~= story then mine[word] = "" end
    end)
    local since = redis.call("XRANGE", log, "(" .. after, "+", "COUNT", SINCE_LIMIT)
    -- A writer this far behind decides again from a fresh read rather than comparing here.
    if #since >= SINCE_LIMIT then return "refused", rest end
    local refused = false
    for _, entry in ipairs(since) do
      local fields = entry[2]
      for j = 1, #fields, 2 do
        if fields[j] == "k" then
          eachTouch(fields[j + 1], function(word, story)
            if string.sub(word, 1, 1) == "w" then word = string.sub(word, 2) end
            local joined = mine[word]
            if joined ~= nil and (joined == "" or joined ~= story) then refused = true end
          end)
        end
      end
      if refused then return "refused", rest end
    end
  end
  local time = redis.call("TIME")
  local minId = string.format("%.0f", tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000) - keepMs)
  local id = redis.call("XADD", log, "MINID", "~", minId, "*", "k", touches, "t", filedAt, "r", reports, "e", events)
  return id, rest
end
