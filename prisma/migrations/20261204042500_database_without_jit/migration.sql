-- No JIT compilation in this database (new sessions). Matching's searches run in milliseconds,
-- but the planner cannot tell how few rows a pair term finds and prices a search of an article's
-- claims above jit_above_cost: compiling it took 1.8 s of a 55 ms statement at a million claims
-- (docs/benchmarks.md, 2026-12-04). Nothing here runs long enough for JIT to pay off. A role
-- that may not change the database's settings leaves it as it is (docs/deployment-workers.md).
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'jit stays as configured: % may not alter database %', current_user, current_database();
END
$$;
