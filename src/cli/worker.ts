/**
 * A worker thread of `--jobs N`: runs the pure pipeline on documents sent by the main thread and sends
 * the records back. Output order is kept by the main thread, so records are the same for any N.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processDocument, withLanguageId, type DocumentInput, type PipelineOptions } from '../core/pipeline.js';
import { getDefaultRegistry } from '../extractors/registry.js';
import type { KbEntry } from '../resources/schema.js';

const { kb, options } = workerData as { kb: KbEntry[]; options: Omit<PipelineOptions, 'registry'> };
const registry = getDefaultRegistry(kb);

parentPort!.on('message', async ({ id, doc }: { id: number; doc: DocumentInput }) => {
  try {
    const record = await withLanguageId(() => processDocument(doc, { ...options, registry }));
    parentPort!.postMessage({ id, record });
  } catch (e) {
    parentPort!.postMessage({ id, error: (e as Error).message });
  }
});
