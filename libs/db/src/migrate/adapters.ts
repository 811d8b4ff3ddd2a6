import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { openPglite } from '../connection/pglite';
import { withDatabase } from '../env';

const MULTI_STATEMENT = /cannot insert multiple commands into a prepared statement|more than one statement/i;
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type ScriptRunner = (script: string) => Promise<void>;

/**
 * Wraps a driver adapter for the schema engine:
 * - a parameterless multi-statement executeRaw (shadow replay) runs as a script;
 * - executeScript can be replaced by one that awaits and reports failure.
 */
function forEngine(adapter: SqlDriverAdapter, runScript?: ScriptRunner, onDispose?: () => Promise<void>): SqlDriverAdapter {
  const executeScript = runScript ?? ((script: string) => adapter.executeScript(script));
  const wrapped: SqlDriverAdapter = {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: async (query) => {
      try {
        return await adapter.executeRaw(query);
      } catch (error) {
        if (query.args.length > 0 || !MULTI_STATEMENT.test(errorText(error))) throw error;
        await executeScript(query.sql);
        return 0;
      }
    },
    executeScript,
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    dispose: async () => {
      await adapter.dispose();
      await onDispose?.();
    },
  };
  if (adapter.getConnectionInfo) {
    const info = adapter.getConnectionInfo.bind(adapter);
    wrapped.getConnectionInfo = () => info();
  }
  return wrapped;
}

function errorText(error: unknown): string {
  if (error instanceof DriverAdapterError) return JSON.stringify(error.cause);
  return error instanceof Error ? error.message : String(error);
}

type PgliteErrorFields = { code?: string; severity?: string; message: string; detail?: string; hint?: string; column?: string };

/**
 * Runs a migration script whole (as the server parses it: one implicit transaction), failures as
 * the engine reads them.
 */
function scriptRunner(run: (script: string) => Promise<unknown>): ScriptRunner {
  return async (script) => {
    try {
      await run(script);
    } catch (error) {
      const e = error as PgliteErrorFields;
      if (typeof e.code !== 'string') throw error;
      throw new DriverAdapterError({
        kind: 'postgres',
        code: e.code,
        severity: e.severity ?? 'ERROR',
        message: e.message,
        detail: e.detail,
        column: e.column,
        hint: e.hint,
      });
    }
  };
}

/** pglite-prisma-adapter does not await exec(): a failed migration would pass as applied. */
const pgliteScriptRunner = (client: PGlite): ScriptRunner => scriptRunner((script) => client.exec(script));

/**
 * adapter-pg splits a script at every ";", which breaks a function body ($$ … ; … $$): the
 * script goes to the server whole, as one simple query.
 */
const pgScriptRunner = (pool: pg.Pool): ScriptRunner => scriptRunner((script) => pool.query(script));

/** Migration-aware factory over an open PGlite; the shadow is a fresh in-memory PGlite. */
export function pgliteMigrationFactory(client: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaPGlite(client);
  return {
    provider: 'postgres',
    adapterName: base.adapterName,
    connect: async () => forEngine(await base.connect(), pgliteScriptRunner(client)),
    connectToShadowDb: async () => {
      const shadow = await openPglite();
      const adapter = await new PrismaPGlite(shadow).connect();
      return forEngine(adapter, pgliteScriptRunner(shadow), () => shadow.close());
    },
  };
}

/** A pool that reports PostgreSQL's internal "char" type (OID 18) as text, which adapter-pg cannot map. */
class CharAsTextPool extends pg.Pool {
  override query(...args: unknown[]): never {
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      return result.then((res: pg.QueryResult) => {
        for (const field of res.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
        return res;
      }) as never;
    }
    return result as never;
  }
}

/**
 * Migration-aware factory for a PostgreSQL URL. The shadow database is created, connected
 * and dropped here: adapter-pg lets the URL override the shadow's database name and drops
 * it before its pool has ended.
 */
export function pgMigrationFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const connectTo = async (connectionString: string) => {
    const pool = new CharAsTextPool({ connectionString, max: 2 });
    return { adapter: await new PrismaPg(pool, { disposeExternalPool: true }).connect(), script: pgScriptRunner(pool) };
  };
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: async () => {
      const { adapter, script } = await connectTo(url);
      return forEngine(adapter, script);
    },
    connectToShadowDb: async () => {
      const name = `claimledger_shadow_${crypto.randomUUID().replaceAll('-', '')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      const { adapter, script } = await connectTo(withDatabase(url, name));
      return forEngine(adapter, script, async () => {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      });
    },
  };
}
