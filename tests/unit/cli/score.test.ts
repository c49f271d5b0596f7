import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AttemptResultSchema } from '../../../src/schemas/attempt.ts';

const SCENARIO = 'content/scenarios/size-advice.mdx';
const PASS = 'tests/fixtures/transcripts/size-advice-pass.json';
const FAIL = 'tests/fixtures/transcripts/size-advice-fail.json';
/** Version 2: replies of an acknowledgement and an answer. */
const MESSAGES = 'tests/fixtures/transcripts/size-advice-messages.json';
const dir = mkdtempSync(join(tmpdir(), 'kefu-score-'));

function score(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['src/cli/score.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function transcript(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('npm run score', () => {
  test('prints the result and exits 0 for a passing chat', () => {
    const run = score(SCENARIO, PASS);
    expect(run.status).toBe(0);
    const result = AttemptResultSchema.parse(JSON.parse(run.stdout));
    expect(result).toMatchObject({ passed: true, grade: '金牌', outcome: 'completed' });
    expect(result.typing.speed).toBe(67);
    expect(run.stderr).toBe('帮顾客选尺码：总分 100，通过（金牌）\n');
  });

  test('exits 1 for a failing chat and says why', () => {
    const run = score(SCENARIO, FAIL);
    expect(run.status).toBe(1);
    const result = AttemptResultSchema.parse(JSON.parse(run.stdout));
    expect(result.flags.map((f) => f.kind)).toEqual(['focus-loss', 'paste']);
    expect(run.stderr).toBe('帮顾客选尺码：总分 90，未通过：关键项未通过：报对价格\n');
  });

  test('scores exactly as the engine does in the browser', async () => {
    const { quietMsFor, replay } = await import('../../../src/engine/conversation.ts');
    const { score: scoreState } = await import('../../../src/engine/score.ts');
    const { contentScenario } = await import('../helpers.ts');
    for (const file of [PASS, MESSAGES]) {
      const log = JSON.parse(readFileSync(file, 'utf8'));
      const inProcess = scoreState(replay(contentScenario('size-advice'), log.events, { quietMs: quietMsFor(log.version) }), { startedAt: log.startedAt });
      expect(JSON.parse(score(SCENARIO, file).stdout)).toEqual(inProcess);
    }
  });

  describe.each([
    ['no arguments', () => [], '无法评分：用法：npm run score -- <场景文件.mdx> <对话记录.json>'],
    ['a missing scenario', () => ['content/scenarios/nope.mdx', PASS], '无法评分：找不到场景文件：content/scenarios/nope.mdx'],
    ['a missing transcript', () => [SCENARIO, join(dir, 'nope.json')], `无法评分：找不到对话记录文件：${join(dir, 'nope.json')}`],
    ['a transcript that is not JSON', () => [SCENARIO, transcript('bad.json', '{ "version": 1,')], '不是有效的 JSON'],
    [
      'a transcript that does not match the schema',
      () => [SCENARIO, transcript('schema.json', { version: 1, scenario: 'size-advice', events: [{ type: 'send', t: -1, text: '你好' }] })],
      'events[0].t: 时间 t 不能为负数',
    ],
    [
      'a transcript of another scenario',
      () => [SCENARIO, transcript('other.json', { version: 1, scenario: 'angry-refund', events: [] })],
      '无法评分：对话记录属于场景“angry-refund”，但给的场景文件是“size-advice”',
    ],
    [
      'a log that does not fit the scenario',
      () => [SCENARIO, transcript('misfit.json', { version: 1, scenario: 'size-advice', events: [{ type: 'customer', t: 1, turn: 'closing' }] })],
      '顾客消息 closing 出现得不对：此时应显示 ask-size',
    ],
  ])('%s', (_, args, message) => {
    test('exits 2 with a message saying what is wrong', () => {
      const run = score(...args());
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(message);
    });
  });
});
