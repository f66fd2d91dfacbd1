/** The library: `extractText(text)` returns the same validated record the CLI writes. */
import { loadFranc } from './core/language.js';

// the library's calls are synchronous, so the language identifier is loaded with it
await loadFranc();

export { extractText, processDocument, type DocumentInput, type ExtractOptions, type PipelineOptions } from './core/pipeline.js';
export { NewsRecordSchema, SCHEMA_ID, recordJsonSchema, type NewsRecord, type Entity, type DateItem, type Figure, type Quote, type Attribution } from './core/record.js';
export { Registry, type Extractor } from './extractors/registry.js';
