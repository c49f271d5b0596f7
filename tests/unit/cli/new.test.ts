import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { planNewFile, type ProjectView } from '../../../src/lib/new-content.ts';

const NEW = resolve('src/cli/new.ts');
const CHECK = resolve('src/cli/check-content.ts');
let project: string;

/** Runs a CLI with a copy of the real content as the project. */
function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: project, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'kefu-new-'));
  cpSync('content', join(project, 'content'), { recursive: true });
});

describe('npm run new', () => {
  test('writes a scenario that passes the content check, examples included', () => {
    const made = run(NEW, 'scenario', 'return-request');
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/^已创建 content\/scenarios\/return-request\.mdx\n/);
    const text = readFileSync(join(project, 'content/scenarios/return-request.mdx'), 'utf8');
    expect(text).toContain('expect: pass');
    expect(text).toContain('expect: fail');
    const check = run(CHECK, project);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  test('writes a lesson with the next free prefix and order that passes the content check', () => {
    const made = run(NEW, 'lesson', 'workflow/greeting-basics');
    expect(made.status).toBe(0);
    const text = readFileSync(join(project, 'content/lessons/workflow/05-greeting-basics.mdx'), 'utf8');
    expect(text).toMatch(/^module: workflow$/m);
    expect(text).toMatch(/^order: 5$/m);
    expect(text).toMatch(/^updated: \d{4}-\d{2}-\d{2}$/m);
    const check = run(CHECK, project);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  test('refuses to overwrite a scenario and leaves it unchanged', () => {
    const path = join(project, 'content/scenarios/size-advice.mdx');
    const before = readFileSync(path, 'utf8');
    const again = run(NEW, 'scenario', 'size-advice');
    expect(again.status).toBe(1);
    expect(again.stderr).toBe('content/scenarios/size-advice.mdx 已经存在，没有改动任何文件：换一个英文名，或直接编辑那个文件。\n');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  test('refuses a lesson whose name the module already uses under another prefix', () => {
    const again = run(NEW, 'lesson', 'workflow/five-step-conversation');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/lessons/workflow/02-five-step-conversation.mdx 已经存在');
  });

  test.each([
    [['scenario', 'Return_Request'], '“Return_Request”不能用作场景的英文名'],
    [['scenario', '退货'], '“退货”不能用作场景的英文名'],
    [['lesson', 'workflow/03-shift'], '“03-shift”不用写序号'],
    [['lesson', 'greeting'], '课程要写成“单元/英文名”'],
    [['lesson', 'shifts/greeting'], '单元“shifts”不存在'],
    [['scenario', 'return', 'request'], '多了参数：request'],
    [['exam', '售前考核'], '“售前考核”不能用作考核的英文名'],
    [['exam', 'Pre_Sales'], '“Pre_Sales”不能用作考核的英文名'],
    [['exam'], '缺少考核的英文名'],
    [['exam', 'pre', 'sales'], '多了参数：sales'],
    [['quiz', 'x'], '不认识的类型“quiz”'],
    [[], '用法：'],
  ])('rejects %j with a message and exit code 1', (args, message) => {
    const result = run(NEW, ...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  test('writes an exam with a typing, a scenario and a quiz section that passes the content check', () => {
    const made = run(NEW, 'exam', 'pre-sales-2027');
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/^已创建 content\/exams\/pre-sales-2027\.mdx\n/);
    expect(made.stdout).toContain('http://localhost:4321/exams/pre-sales-2027/');
    const text = readFileSync(join(project, 'content/exams/pre-sales-2027.mdx'), 'utf8');
    expect(text.match(/^ {2}- kind: (\w+)/gm)).toEqual(['  - kind: typing', '  - kind: scenarios', '  - kind: quiz']);
    expect(text).toMatch(/^seed: pre-sales-2027$/m);
    // One role and one difficulty: the real 售前 入门 scenarios, and a 售前 lesson's questions.
    expect(text).toMatch(/^role: 售前 /m);
    expect(text).toMatch(/^ {4}pool: \[confirm-address, matching-items, payment-reminder\]$/m);
    expect(text).toMatch(/^ {4}from: \[orders\/confirm-address-courier\]$/m);
    const check = run(CHECK, project);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('3 场考核');
  });

  test('refuses to overwrite an exam and leaves it unchanged', () => {
    const path = join(project, 'content/exams/pre-sales.mdx');
    const before = readFileSync(path, 'utf8');
    const again = run(NEW, 'exam', 'pre-sales');
    expect(again.status).toBe(1);
    expect(again.stderr).toBe('content/exams/pre-sales.mdx 已经存在，没有改动任何文件：换一个英文名，或直接编辑那个文件。\n');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  test('the exam written by new is reported by the check once its pool names an unknown scenario', () => {
    run(NEW, 'exam', 'final');
    const path = join(project, 'content/exams/final.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace('pool: [confirm-address,', 'pool: [confirm-adress,'));
    const check = run(CHECK, project);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('content/exams/final.mdx: sections[1].pool[0]: 没有这个场景：confirm-adress（content/scenarios/ 里没有 confirm-adress.mdx）');
  });

  test('the file written by new is reported by the check once it is broken', () => {
    run(NEW, 'scenario', 'return-request');
    const path = join(project, 'content/scenarios/return-request.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace('fact: price', 'fact: prise'));
    const check = run(CHECK, project);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('content/scenarios/return-request.mdx: turns[0].criteria[1].check.fact: 场景的 facts 里没有 prise（可用的有 price）');
  });
});

describe('planNewFile', () => {
  const view = (lessons: ProjectView['lessons'], scenarioDetails: ProjectView['scenarioDetails'] = []): ProjectView => ({
    modules: ['orders'],
    lessons,
    scenarios: scenarioDetails.map((d) => d.slug),
    scenarioDetails,
    exams: ['pre-sales'],
    glossaryTerm: '首响',
  });
  const templates = {
    lesson: 'module: {{module}}\norder: {{order}}\nroles: [{{roles}}]\ncovers: [{{covers}}]\n{{glossaryLink}}\n',
    scenario: 's',
    exam: 'role: {{role}}\nseed: {{seed}}\npool: [{{pool}}]\nfrom: [{{quizFrom}}]\ndraw: {{quizDraw}}\n',
  };
  const scenario = (slug: string, role: string, difficulty: string) => ({ slug, role, difficulty });

  test('takes the roles and brief items of the module’s last lesson, and numbers after the highest', () => {
    const plan = planNewFile(
      ['lesson', 'orders/remarks'],
      view({
        orders: [
          { name: '01-a.mdx', text: 'order: 1\nroles: [通用]\ncovers: [C1]\n' },
          { name: '09-b.mdx', text: 'order: 4\nroles: [售后]\ncovers: [C3, E3]\n' },
        ],
      }),
      '2026-11-23',
      templates,
    );
    expect(plan).toEqual({
      ok: true,
      path: 'content/lessons/orders/10-remarks.mdx',
      text: 'module: orders\norder: 5\nroles: [售后]\ncovers: [C3, E3]\n[首响](/glossary/#首响)\n',
    });
  });

  test('starts a module without lessons at 01', () => {
    const plan = planNewFile(['lesson', 'orders/remarks'], view({}), '2026-11-23', templates);
    expect(plan).toMatchObject({ ok: true, path: 'content/lessons/orders/01-remarks.mdx' });
    expect(plan.ok && plan.text).toContain('order: 1\nroles: [通用]\ncovers: [A1]');
  });

  test('fills an exam with one role’s easiest difficulty that has two scenarios, and a lesson of that role', () => {
    const plan = planNewFile(
      ['exam', 'after-sales-2027'],
      view(
        {
          orders: [
            { name: '01-a.mdx', text: 'roles: [售前]\nquiz:\n  - id: q\n' },
            { name: '02-b.mdx', text: 'roles: [售前, 售后]\nquiz:\n  - id: q\n' },
          ],
        },
        [scenario('late', '售后', '入门'), scenario('wrong', '售后', '进阶'), scenario('refund', '售后', '进阶'), scenario('size', '售前', '入门')],
      ),
      '2026-11-23',
      templates,
    );
    expect(plan).toEqual({
      ok: true,
      path: 'content/exams/after-sales-2027.mdx',
      text: 'role: 售后\nseed: after-sales-2027\npool: [refund, wrong]\nfrom: [orders/b]\ndraw: 3\n',
    });
  });

  test('an exam without lessons that have questions draws only its own two, and its seed stays within 40 characters', () => {
    const slug = 'a-very-long-exam-name-for-the-winter-batch-of-new-hires';
    const plan = planNewFile(['exam', slug], view({ orders: [{ name: '01-a.mdx', text: 'roles: [售前]\n' }] }, [scenario('size', '售前', '入门')]), '2026-11-23', templates);
    expect(plan).toEqual({
      ok: true,
      path: `content/exams/${slug}.mdx`,
      text: 'role: 售前\nseed: a-very-long-exam-name-for-the-winter-b\npool: [size]\nfrom: []\ndraw: 2\n',
    });
  });

  test('refuses an exam in a project without scenarios', () => {
    expect(planNewFile(['exam', 'final'], view({}), '2026-11-23', templates)).toEqual({
      ok: false,
      exitCode: 1,
      message: '还没有可以放进场景池的对练场景：先用 npm run new -- scenario <英文名> 新建一个场景，再新建考核。',
    });
  });
});
