/** A source's SHA-256 as the record writes it: a module of its own, so that reading inputs loads no pipeline. */
import { createHash } from 'node:crypto';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
