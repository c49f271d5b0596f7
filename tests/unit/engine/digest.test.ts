import { describe, expect, test } from 'vitest';
import { canonicalJson, digest, sha256Hex } from '../../../src/engine/digest.ts';
import { replay } from '../../../src/engine/conversation.ts';
import { score } from '../../../src/engine/score.ts';
import { playExample } from '../../../src/engine/examples.ts';
import { contentScenario } from '../helpers.ts';

describe('canonicalJson', () => {
  test('sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: undefined }], c: '字' } })).toBe('{"a":{"c":"字","d":[3,{"z":1}]},"b":1}');
  });

  test('ignores the order keys were built in', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  test('writes non-finite numbers as null, like JSON', () => {
    expect(canonicalJson([Number.NaN, Infinity, -0, undefined])).toBe('[null,null,0,null]');
  });
});

describe('sha256Hex', () => {
  test('matches the standard test vector', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('digest', () => {
  test('is the same for the same attempt, and changes when the result does', async () => {
    const scenario = contentScenario('size-advice');
    const { events, result } = playExample(scenario, [{ text: '亲，您好！请问您的身高体重？' }, { text: 'XL 码' }]);
    const again = score(replay(scenario, events));
    expect(await digest(again)).toBe(await digest(result));
    expect(await digest({ ...result, total: result.total + 1 })).not.toBe(await digest(result));
  });
});
