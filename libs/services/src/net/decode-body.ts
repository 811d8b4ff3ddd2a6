import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { FetchError, sizeLabel } from './fetch-error';

/** Undoes a gzip, deflate or brotli Content-Encoding, never producing more than `maxBytes`. */
export function decompressBody(bytes: Uint8Array, encoding: string, maxBytes: number): Uint8Array {
  const coding = encoding.trim().toLowerCase();
  const options = { maxOutputLength: maxBytes };
  try {
    if (coding === 'gzip' || coding === 'x-gzip') return gunzipSync(bytes, options);
    if (coding === 'br') return brotliDecompressSync(bytes, options);
    if (coding === 'deflate') {
      // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate.
      return bytes[0] === 0x78 ? inflateSync(bytes, options) : inflateRawSync(bytes, options);
    }
  } catch (error) {
    if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new FetchError('too-large', `the page is larger than ${sizeLabel(maxBytes)}`, { limit: maxBytes });
    }
    throw new FetchError('network', `the ${coding} body is corrupt: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (coding === '' || coding === 'identity') return bytes;
  throw new FetchError('network', `unsupported content encoding ${coding}`);
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

function supported(label: string | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/**
 * The body's character set: a byte-order mark, then the HTTP header's charset, then a
 * `<meta charset>` / `http-equiv` or XML declaration in the first 4 KiB, then UTF-8.
 * (The BOM comes first, as in the WHATWG encoding sniffing rules: it cannot be wrong.)
 */
export function detectCharset(bytes: Uint8Array, contentType: string): string {
  for (const [bom, name] of BOMS) if (bom.every((b, i) => bytes[i] === b)) return name;
  const header = supported(/charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1]);
  if (header) return header;
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  // A page that says "utf-16" in ASCII bytes cannot really be UTF-16.
  const sniffed = supported(meta);
  if (sniffed && !sniffed.startsWith('utf-16')) return sniffed;
  return 'utf-8';
}

/** Decodes the body with its detected charset (WHATWG labels: latin1 → windows-1252 and so on). */
export function decodeBody(bytes: Uint8Array, contentType: string): { text: string; charset: string } {
  const charset = detectCharset(bytes, contentType);
  return { text: new TextDecoder(charset).decode(bytes), charset };
}
