/**
 * File decoding: strict UTF-8 without its byte-order mark, else Latin-1 (every byte kept, so
 * offsets still point into the file). Same answers as a fatal TextDecoder, which it replaced.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decode } from '../../src/pipeline/process-file.js';

test('valid UTF-8 decodes as UTF-8 and loses only a leading byte-order mark', () => {
  assert.deepEqual(decode(Buffer.from('const s = "café €";\n')), { text: 'const s = "café €";\n', utf8: true });
  assert.deepEqual(decode(Buffer.from('\ufeffa = 1')), { text: 'a = 1', utf8: true });
  // (Only the first mark is the file's; a second one is text.)
  assert.deepEqual(decode(Buffer.from('\ufeff\ufeffa')), { text: '\ufeffa', utf8: true });
  assert.deepEqual(decode(Buffer.alloc(0)), { text: '', utf8: true });
});

test('invalid UTF-8 (a stray Latin-1 byte, an encoded surrogate, an overlong form) falls back to Latin-1', () => {
  for (const bytes of [[0x63, 0x61, 0x66, 0xe9], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80]]) {
    const buf = Buffer.from(bytes);
    const { text, utf8 } = decode(buf);
    assert.equal(utf8, false);
    assert.equal(text, buf.toString('latin1'));
    assert.equal(text.length, buf.length);
  }
});
