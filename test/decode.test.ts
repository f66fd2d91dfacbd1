import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8 } from '../src/core/decode.js';
import { FIXTURES } from './helpers.js';

describe('decodeBytes', () => {
  it('reads UTF-8 and removes a BOM', () => {
    const r = decodeBytes(Buffer.from('\uFEFFمرحبا', 'utf8'));
    expect(r).toEqual({ ok: true, text: 'مرحبا', encoding: 'utf-8', warnings: [] });
  });

  it('reads windows-1256 Arabic with a warning', () => {
    const r = decodeBytes(readFileSync(join(FIXTURES, 'articles', 'ar-archive-windows-1256.txt')));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.encoding).toBe('windows-1256');
    expect(r.text).toContain('أعلنت الشرطة يوم الخميس');
    expect(r.warnings[0]).toMatch(/invalid UTF-8 at byte 0; decoded as windows-1256/);
  });

  it('refuses invalid UTF-8 that is not Arabic', () => {
    const r = decodeBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
    expect(r).toEqual({ ok: false, error: 'invalid UTF-8 at byte 3, and the text reads neither as windows-1256 Arabic nor as windows-1252 Latin; --encoding NAME forces a decoding' });
  });

  it('calls a file with NUL bytes binary', () => {
    const r = decodeBytes(Buffer.from([0x48, 0x69, 0x20, 0x03, 0x00, 0x00]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('binary file (NUL byte at offset 4); skipped');
    const zip = decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    expect(!zip.ok && zip.error).toBe('binary file (a ZIP archive (DOCX, XLSX, ODT and EPUB are ZIP files)); skipped: extract reads text');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const r = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi there', 'utf16le')]));
    expect(r.ok && r.text).toBe('Hi there');
  });

  it('finds the first invalid UTF-8 byte', () => {
    expect(firstInvalidUtf8(Buffer.from('abc', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc3]))).toBe(1); // truncated
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
  });
});
