import { describe, expect, test } from 'vitest';
import { addFile, cohortRows, criterionAverages, distribution, emptyCohort, filterRows, noFilter, sectionAverages, sortRows } from '../../../src/lib/cohort.ts';
import { checkResultText } from '../../../src/lib/exam-result.ts';
import { cohortCsv, resultCsv } from '../../../src/lib/result-csv.ts';
import { makeResult } from '../result-fixture.ts';

describe('addFile', () => {
  test('counts a result once, lists a duplicate and a conflicting copy, and refuses a bad file', async () => {
    const a = await makeResult({ name: '张三' });
    const edited = { ...a, total: 100 };
    const resigned = await makeResult({ name: '张三', id: a.id, chat: true });
    let cohort = emptyCohort();
    cohort = addFile(cohort, 'a.json', await checkResultText(JSON.stringify(a)));
    cohort = addFile(cohort, 'a (1).json', await checkResultText(JSON.stringify(a, null, 2)));
    cohort = addFile(cohort, 'a-edited.json', await checkResultText(JSON.stringify(edited)));
    cohort = addFile(cohort, 'a-other.json', await checkResultText(JSON.stringify(resigned)));
    expect(cohort.results).toHaveLength(1);
    expect(cohort.files.map((f) => [f.name, f.status, f.reason])).toEqual([
      ['a.json', 'counted', null],
      ['a (1).json', 'duplicate', '与 a.json 是同一份成绩，只计一次'],
      ['a-edited.json', 'refused', '校验值不符：文件在导出后被改动过，或已损坏'],
      ['a-other.json', 'conflict', '成绩编号与 a.json 相同，但内容不同，未计入'],
    ]);
  });
});

describe('rows', () => {
  test('sort by any column, both ways, stably; filter by text, exam, pass and flags', async () => {
    const results = [await makeResult({ name: '王五', chat: true, answer: true }), await makeResult({ name: '李四', pastes: 2 }), await makeResult({ name: '张三', chat: true })];
    const rows = cohortRows(results);
    expect(rows.map((r) => r.flags)).toEqual([[], ['粘贴被拦截 2 次（共 20 字）'], []]);
    expect(sortRows(rows, 'name', 'ascending').map((r) => r.name)).toEqual(['李四', '王五', '张三']);
    const byTotal = sortRows(rows, 'total', 'descending').map((r) => r.total);
    expect(byTotal).toEqual([...byTotal].sort((x, y) => y - x));
    expect(sortRows(rows, 'flags', 'descending')[0]?.name).toBe('李四');
    expect(filterRows(rows, { ...noFilter, text: '李' }).map((r) => r.name)).toEqual(['李四']);
    expect(filterRows(rows, { ...noFilter, flaggedOnly: true }).map((r) => r.name)).toEqual(['李四']);
    expect(filterRows(rows, { ...noFilter, exam: 'other' })).toEqual([]);
    expect(filterRows(rows, { ...noFilter, pass: 'passed' }).every((r) => r.passed)).toBe(true);
  });
});

describe('averages', () => {
  test('per criterion, weakest first; per section; the distribution', async () => {
    const results = [await makeResult({ chat: true }), await makeResult()];
    const criteria = criterionAverages(results);
    expect(criteria.length).toBeGreaterThan(3);
    const rates = criteria.map((c) => c.passRate);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    expect(criteria.every((c) => c.key.startsWith('size-advice#') && c.scenario === '帮顾客选尺码')).toBe(true);
    expect(sectionAverages(results).map((s) => s.title)).toEqual(['打字测试', '模拟接待', '知识题']);
    expect(distribution([0, 9.9, 10, 55, 99, 100])).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
  });
});

describe('CSV', () => {
  test('the cohort: BOM, header with each section, one row per result in the given order, Chinese intact', async () => {
    const a = await makeResult({ name: '张三' });
    const b = await makeResult({ name: '=李四' });
    const csv = cohortCsv([a, b], [b.id, a.id], 'Asia/Shanghai');
    const lines = csv.slice(1).split('\r\n');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines[0]).toBe('姓名,工号,批次码,考核,开始时间,总分,等级,是否通过,打字测试,模拟接待,知识题,有效速度（字/分钟）,正确率,首响（秒）,平响（秒）,提醒,成绩编号,校验值');
    expect(lines[1]?.startsWith("'=李四,,一期,测试考核,2026-11-23 10:00,")).toBe(true);
    expect(lines[2]?.startsWith('张三,')).toBe(true);
    expect(lines).toHaveLength(4);
  });

  test('one result: summary, sections and criteria', async () => {
    const csv = resultCsv(await makeResult({ chat: true }), 'Asia/Shanghai');
    expect(csv).toContain('\r\n姓名,张三\r\n');
    expect(csv).toContain('\r\n部分,权重,得分\r\n打字测试,20,0\r\n');
    expect(csv).toContain('帮顾客选尺码,问清身高和体重,通过');
  });
});
