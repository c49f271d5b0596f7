import { describe, expect, test } from 'vitest';
import { effectiveSpeed, typingAccuracy, typingUnits } from '../../../src/engine/typing-accuracy.ts';
import { fullFoldTable, subsetFoldTable } from '../../../src/lib/t2s.ts';

const PASSAGE = '亲，您好！请问您的身高和体重是多少？';
const fold = subsetFoldTable(fullFoldTable(), [PASSAGE]);
const check = (typed: string, passage = PASSAGE) => typingAccuracy(passage, typed, fold);

describe('typingUnits', () => {
  test('drops spaces and line breaks and folds width, case and Traditional characters', () => {
    expect(typingUnits('亲, 您好!\n請問 XL', fold)).toEqual(['亲', ',', '您', '好', '!', '请', '问', 'x', 'l']);
  });
});

describe('typingAccuracy', () => {
  test('a perfect copy is 100% and complete', () => {
    expect(check(PASSAGE)).toEqual({ typed: 18, passage: 18, reached: 18, errors: 0, correct: 18, accuracy: 1, completed: true });
  });

  test('stopping early is not an error', () => {
    expect(check('亲，您好！请问')).toMatchObject({ typed: 7, reached: 7, errors: 0, accuracy: 1, completed: false });
  });

  test('half-width punctuation, Traditional characters and spaces count as right', () => {
    expect(check('亲,您好! 請問您的身高和體重是多少?')).toMatchObject({ errors: 0, accuracy: 1, completed: true });
  });

  test('a wrong character, a missing one and an extra one are one error each', () => {
    expect(check('亲，您号！请问您的身高和体重是多少？')).toMatchObject({ errors: 1, correct: 17, typed: 18 });
    expect(check('亲，您好！请问您身高和体重是多少？')).toMatchObject({ errors: 1, correct: 16, typed: 17, completed: true });
    expect(check('亲，您好好！请问您的身高和体重是多少？')).toMatchObject({ errors: 1, correct: 18, typed: 19 });
  });

  test('nothing typed is 100% of nothing; gibberish is near 0%', () => {
    expect(check('')).toMatchObject({ typed: 0, correct: 0, accuracy: 1, completed: false });
    expect(check('abcdefghijklmnopqr').correct).toBe(0);
  });

  test('text beyond twice the passage is all error, without aligning it', () => {
    const result = check(PASSAGE + '啊'.repeat(100_000));
    expect(result.typed).toBe(100_018);
    expect(result.correct).toBe(18);
  });
});

describe('effectiveSpeed', () => {
  test('is 字/分钟 times accuracy: half the characters wrong halves the speed', () => {
    const half = check('亲，您好！请问您的身高和体重是多少？'.slice(0, 9) + '错'.repeat(9));
    expect(effectiveSpeed(60, half)).toBeCloseTo(60 * half.accuracy);
    expect(half.accuracy).toBeLessThan(1);
    expect(effectiveSpeed(60, check(PASSAGE))).toBe(60);
  });

  test('is null when no typing was recorded', () => {
    expect(effectiveSpeed(null, check(''))).toBeNull();
  });
});
