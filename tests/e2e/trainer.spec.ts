import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { startExam, submitSection } from '../support/exams.ts';
import { makeResult } from '../unit/result-fixture.ts';

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const json = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)) });
const fileInput = (page: Page) => page.getByLabel('选择成绩文件');

test.describe('the trainer dashboard', () => {
  test('a result exported from the report imports into the dashboard; an edited copy is refused', async ({ page }) => {
    await page.goto('/exams/after-sales/');
    await startExam(page, '周八');
    await submitSection(page);
    await submitSection(page);
    await submitSection(page, true);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载成绩文件（JSON）' }).first().click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^成绩-售后客服上岗考核-周八-\d{4}-\d\d-\d\d\.json$/);
    const text = readFileSync(await file.path(), 'utf8');
    const edited = text.replace(/"total": [\d.]+/, '"total": 95');

    await page.goto('/trainer/');
    await expect(page.getByText('不会上传到任何地方')).toBeVisible();
    // Drag and drop the original, then choose the edited copy.
    const dataTransfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], '周八.json', { type: 'application/json' }));
      return data;
    }, text);
    await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer });
    await expect(page.getByRole('table', { name: /成绩列表/ }).getByRole('row', { name: /周八/ })).toContainText('售后客服上岗考核');
    await fileInput(page).setInputFiles([json('周八-改过.json', edited)]);
    await expect(page.getByText('共 2 个文件：计入 1 份成绩，重复 0 份，未计入 1 份')).toBeVisible();
    await expect(page.locator('.file-list li[data-status="refused"]')).toContainText('周八-改过.json：校验值不符：文件在导出后被改动过，或已损坏');
    await expect(page.getByRole('table', { name: /成绩列表/ }).locator('tbody tr')).toHaveCount(1);
  });

  test('twenty results at once, a duplicate and hostile files: checked, counted once, sorted, filtered, exported @phone', async ({ page }) => {
    test.setTimeout(90_000);
    const names = ['赵一', '钱二', '孙三', '李四', '周五', '吴六', '郑七', '王八', '冯九', '陈十', '褚一', '卫二', '蒋三', '沈四', '韩五', '杨六', '朱七', '秦八', '尤九', '许十'];
    const results = await Promise.all(names.map((name, i) => makeResult({ name, chat: i % 2 === 0, answer: i % 3 === 0, pastes: i % 5 === 0 ? 1 : 0 })));
    const files = [
      ...results.map((r, i) => json(`${String(i + 1).padStart(2, '0')}-${r.candidate.name}.json`, r)),
      json('01-赵一（再交一次）.json', JSON.stringify(results[0], null, 2)),
      { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(2.5 * 1024 * 1024, 0x20) },
      json('not-json.json', '<html>这不是成绩</html>'),
      json('proto.json', '{"format":"kefu-academy/exam-result","version":1,"__proto__":{"passed":true}}'),
      json('deep.json', `{"format":"kefu-academy/exam-result","version":1,"sections":${'['.repeat(50_000)}${']'.repeat(50_000)}}`),
      json('types.json', { ...results[1], id: 'x', total: '一百' }),
    ];

    await page.goto('/trainer/');
    await noAxeViolations(page);
    await fileInput(page).setInputFiles(files);
    await expect(page.getByText('共 26 个文件：计入 20 份成绩，重复 1 份，未计入 5 份')).toBeVisible({ timeout: 30_000 });
    const refused = page.locator('.file-list li[data-status="refused"]');
    await expect(refused.filter({ hasText: 'huge.json' })).toContainText('文件太大（2.5 MB），成绩文件不会超过 2 MB');
    await expect(refused.filter({ hasText: 'not-json.json' })).toContainText('不是 JSON 文件');
    await expect(refused.filter({ hasText: 'proto.json' })).toContainText('文件内容不完整或格式不对');
    await expect(refused.filter({ hasText: 'deep.json' })).toContainText('文件内容不完整或格式不对');
    await expect(refused.filter({ hasText: 'types.json' })).toContainText('文件内容不完整或格式不对');
    await expect(page.locator('.file-list li[data-status="duplicate"]')).toContainText('与 01-赵一.json 是同一份成绩，只计一次');

    const table = page.getByRole('table', { name: /成绩列表/ });
    await expect(table.locator('tbody tr')).toHaveCount(20);
    await table.getByRole('button', { name: '总分' }).click();
    await expect(table.getByRole('columnheader', { name: '总分' })).toHaveAttribute('aria-sort', 'ascending');
    const totals = (await table.locator('tbody tr td.number').allInnerTexts()).map(Number);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    await table.getByRole('button', { name: '总分' }).click();
    await expect(table.getByRole('columnheader', { name: '总分' })).toHaveAttribute('aria-sort', 'descending');

    await page.getByLabel('只看有提醒的').check();
    await expect(table.locator('tbody tr')).toHaveCount(4);
    await expect(table.locator('tbody tr').first()).toContainText('粘贴被拦截 1 次');
    await page.getByLabel('只看有提醒的').uncheck();
    await page.getByLabel('姓名、工号或批次码').fill('李四');
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await page.getByLabel('姓名、工号或批次码').fill('');

    await expect(page.getByRole('heading', { name: '评分项通过率（从低到高）' })).toBeVisible();
    await expect(page.getByRole('img', { name: /总分分布柱状图/ })).toBeVisible();
    await expect(page.locator('#distribution-table tbody tr')).toHaveCount(10);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出表格（CSV）' }).click();
    const csv = readFileSync(await (await download).path());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/^姓名,工号,批次码,考核,开始时间,总分,等级,是否通过,打字测试,模拟接待,知识题,/);
    expect(lines).toHaveLength(21);
    expect(lines.slice(1).map((l) => l.split(',')[0]).sort()).toEqual([...names].sort());
    await noAxeViolations(page);
  });

  test('the draw preview shows what a batch code draws', async ({ page }) => {
    await page.goto('/trainer/draw/');
    await page.getByLabel('考核').selectOption({ label: '售后客服上岗考核' });
    await page.getByLabel(/批次码/).fill('十二月一期');
    await expect(page.getByText('抽题种子：aftersales-2026/十二月一期')).toBeVisible();
    await expect(page.getByRole('region', { name: /模拟接待/ }).getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('region', { name: /知识题/ }).getByRole('listitem')).toHaveCount(10);
    await noAxeViolations(page);
  });
});
