/**
 * A worker thread of `--jobs N`: runs the pure pipeline on documents sent by the main thread and sends
 * the records back, serialized. Output order is kept by the main thread, so output is the same for any N.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processDocument, withLanguageId, type DocumentInput, type PipelineOptions } from '../core/pipeline.js';
import { getDefaultRegistry } from '../extractors/registry.js';
import type { KbEntry } from '../resources/schema.js';
import { recordChunks } from './output.js';
import type { Serialization } from './pool.js';

const { kb, options, serialization } = workerData as { kb: KbEntry[]; options: Omit<PipelineOptions, 'registry'>; serialization: Serialization };
const registry = getDefaultRegistry(kb);

parentPort!.on('message', async ({ id, doc }: { id: number; doc: DocumentInput }) => {
  try {
    const record = await withLanguageId(() => processDocument(doc, { ...options, registry }));
    // (the record goes back as its text: strings cross between threads at the cost of a copy, an object graph at the
    // cost of rebuilding it on the main thread, which then only writes)
    const chunks = [...recordChunks(record, serialization.format, serialization.to)];
    parentPort!.postMessage({ id, warnings: record.warnings, chunks });
  } catch (e) {
    parentPort!.postMessage({ id, error: (e as Error).message });
  }
});
