-- Rate-limit counters are written on every API request. Unlogged, a write skips the WAL and
-- its commit waits for no flush. After a crash the table is emptied, which only restarts the
-- budgets of the current windows.
ALTER TABLE "RateLimitBucket" SET UNLOGGED;
