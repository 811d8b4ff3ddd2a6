import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

type PanicRegistry = { set_message(message: string): void; get(): string };
type WasmGlue = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: typeof SchemaEngine;
};

let gluePromise: Promise<WasmGlue> | undefined;

/** Installs the panic registry the wasm glue expects; without it a panic kills the process. */
function installPanicRegistry(): void {
  const scope = globalThis as typeof globalThis & { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
  if (scope.PRISMA_WASM_PANIC_REGISTRY) return;
  let last = '';
  scope.PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message: string) {
      last = message;
    },
    get() {
      return last;
    },
  };
}

/** Instantiates Prisma's wasm schema engine once per process. */
export function loadSchemaEngine(): Promise<WasmGlue> {
  gluePromise ??= (async () => {
    installPanicRegistry();
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as WasmGlue;
    const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue as never });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports['__wbindgen_start'] as () => void)();
    return glue;
  })();
  return gluePromise;
}
