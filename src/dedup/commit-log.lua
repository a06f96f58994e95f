-- Appends one batch of dedup decisions to the log and nothing else (append-log.lua precedes
-- this text): for tests and tools that store no reports.
-- KEYS: 1 dedup log; ARGV: appendToLog's arguments. Returns the entry id, "refused" or "lost".
return (appendToLog(KEYS[1], ARGV, 1))
