import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sha256Hex } from '../../../src/engine/digest.ts';
import { sha256HexSync } from '../../../src/lib/sha256.ts';

describe('sha256HexSync', () => {
  test.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('hashes %j as the standard says', (text, hex) => {
    expect(sha256HexSync(text)).toBe(hex);
  });

  test('agrees with Web Crypto on any text, Chinese and emoji included, across block boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (text) => {
        expect(sha256HexSync(text)).toBe(await sha256Hex(text));
      }),
    );
    for (const n of [55, 56, 63, 64, 65, 119, 120]) expect(sha256HexSync('客'.repeat(n))).toBe(await sha256Hex('客'.repeat(n)));
  });
});
