/**
 * A worker thread of `--jobs N`: runs the pure pipeline on documents sent by the main thread and sends
 * the records back, serialized. Output order is kept by the main thread, so output is the same for any N.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processDocuments, withLanguageId, type DocumentInput, type PipelineOptions } from '../core/pipeline.js';
import type { NewsRecord } from '../core/record.js';
import { getDefaultRegistry } from '../extractors/registry.js';
import type { KbEntry } from '../resources/schema.js';
import { recordChunks } from './output.js';
import type { Serialization } from './pool.js';

const { kb, options, serialization } = workerData as { kb: KbEntry[]; options: Omit<PipelineOptions, 'registry'>; serialization: Serialization };
const registry = getDefaultRegistry(kb);
const encoder = new TextEncoder();

parentPort!.on('message', async (batch: { id: number; doc: DocumentInput }[]) => {
  const out: ({ id: number; warnings: string[]; parts: Uint8Array[] } | { id: number; error: string })[] = [];
  const transfer: ArrayBuffer[] = [];
  // (the batch goes through the pipeline stage by stage, each rule over all its documents: processDocuments)
  let records: (NewsRecord | Error)[];
  try {
    records = await withLanguageId(() => processDocuments(batch.map((b) => b.doc), { ...options, registry }));
  } catch (e) {
    records = batch.map(() => (e instanceof Error ? e : new Error(String(e))));
  }
  batch.forEach(({ id }, k) => {
    const record = records[k];
    try {
      if (record instanceof Error) throw record;
      // (the record goes back as its text, encoded here: its bytes are handed over without a copy, where a string
      // would be copied and an object graph rebuilt; the main thread then only writes them)
      const parts = [...recordChunks(record, serialization.format, serialization.to)].map((c) => encoder.encode(c));
      out.push({ id, warnings: record.warnings, parts });
      for (const p of parts) transfer.push(p.buffer as ArrayBuffer);
    } catch (e) {
      out.push({ id, error: (e as Error).message });
    }
  });
  parentPort!.postMessage(out, transfer);
});
