/**
 * Broken content trees in tests/fixtures/content/ and the exact lines `npm run check:content`
 * prints for each, so a message that changes shows up in review. Reproduce one with
 * `npm run check:content -- tests/fixtures/content/<name>`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/content-check/check.ts';
import { readContentSet } from '../../../src/content-check/files.ts';
import { formatIssue } from '../../../src/content-check/report.ts';

const FIXTURES = 'tests/fixtures/content';

const check = (name: string): string[] => checkContent(readContentSet(join(FIXTURES, name))).map(formatIssue);

describe('content fixtures', () => {
  test('the valid tree passes', () => {
    expect(check('valid')).toEqual([]);
  });

  test('every broken tree is covered below', () => {
    const broken = readdirSync(FIXTURES).filter((name) => name !== 'valid');
    expect(broken.length).toBeGreaterThanOrEqual(15);
    expect(broken.sort()).toEqual(['exam-body', 'exam-references', 'exam-time-limits', 'exam-weights-grades', 'exam-wrong-types', 'glossary-duplicates', 'glossary-wrong-types', 'lesson-duplicates', 'lesson-glossary-link', 'lesson-mdx-components', 'lesson-mdx-unclosed', 'lesson-missing-frontmatter', 'lesson-quiz', 'lesson-unknown-brief', 'lesson-wrong-folder', 'lesson-wrong-types', 'lesson-yaml-syntax', 'module-problems', 'scenario-body', 'scenario-duplicate-ids', 'scenario-examples', 'scenario-model-answer', 'scenario-unknown-group', 'scenario-unknown-turn', 'scenario-unreachable', 'scenario-wrong-types', 'typing-passages']);
  });

  test('exam-body: exam instructions with an unknown component, an unclosed tag, no text at all, and a file name that is not a slug', () => {
    expect(check('exam-body')).toMatchInlineSnapshot(`
      [
        "content/exams/Final 2.mdx: (文件): 考核文件名只能用小写英文字母、数字和连字符，例如 pre-sales.mdx",
        "content/exams/empty.mdx: body: 正文是考生开考前读的考试说明，不能为空",
        "content/exams/final.mdx: body: 第 41 行：不认识的组件 <Notice>：可用的组件有 Callout、ScriptCard、Steps、Checklist、Quiz",
        "content/exams/unclosed.mdx: body: 第 41 行：<Callout> 没有结束标签：在内容后面加上 </Callout>，或写成自闭合的 <Callout … />",
      ]
    `);
  });

  test('exam-references: a pool naming an unknown scenario and smaller than its draw, quiz sources that do not exist, a quiz pool smaller than its draw', () => {
    expect(check('exam-references')).toMatchInlineSnapshot(`
      [
        "content/exams/final.mdx: sections[1].pool[1]: 没有这个场景：ask-prise（content/scenarios/ 里没有 ask-prise.mdx）",
        "content/exams/final.mdx: sections[1].draw: 场景池只有 1 个可用场景，不够抽 2 个",
        "content/exams/final.mdx: sections[2].from[0]: 课程 workflow/five-steps 没有 id 为 second-step 的题（有的是 first-step）",
        "content/exams/final.mdx: sections[2].from[1]: 没有这节课：workflow/greeting（课程 id 是 单元/文件名去掉序号，例如 pre-sales/first-response）",
        "content/exams/final.mdx: sections[2].from[2]: 没有这个单元：orders（content/lessons/ 里没有这个文件夹，或它还没有课程）",
        "content/exams/final.mdx: sections[2].draw: 题库只有 1 道题，不够抽 4 道",
      ]
    `);
  });

  test('exam-time-limits: an overall limit shorter than its sections, too little time per question, a chat section too short to finish the drawn conversation', () => {
    expect(check('exam-time-limits')).toMatchInlineSnapshot(`
      [
        "content/exams/chat.mdx: sections[1].timeLimit: 限时 30 秒不够：抽到 ask-price 的考生走最短的对话也要回复 1 条，每条按平响满分的 35 秒算（加上顾客打字的时间）约需 38 秒；把 timeLimit 加到至少 38，或从 pool 里换掉这个场景",
        "content/exams/final.mdx: sections[2].timeLimit: 限时 30 秒要做 4 道题，每道不到 10 秒，来不及读题：至少给 40 秒，或少抽几道",
        "content/exams/final.mdx: timeLimit: 整场限时 120 秒，比第 1 部分（打字测试）的 180 秒、第 2 部分（模拟接待）的 300 秒还短：加长整场的 timeLimit，或缩短这些部分的",
      ]
    `);
  });

  test('exam-weights-grades: weights that do not sum to 100, a pass mark above 铜牌, grades out of order, a section that counts for nothing, a duplicate section id', () => {
    expect(check('exam-weights-grades')).toMatchInlineSnapshot(`
      [
        "content/exams/final.mdx: sections: 各部分的 weight 加起来应为 100，现在是 typing 20 + chat 50 + knowledge 20 = 90",
        "content/exams/final.mdx: grades.铜牌: 铜牌分数线（70）低于及格线（75）：没通过的人不会得到等级",
        "content/exams/grades.mdx: grades.银牌: 分数线要从高到低：金牌 > 银牌 > 铜牌，现在是 金牌 90、银牌 90、铜牌 70",
        "content/exams/no-weight.mdx: sections[2].id: 部分 id 重复：chat（第 2 部分已经用过）",
        "content/exams/no-weight.mdx: sections[0].weight: 权重为 0 又没有 minScore：这一部分对成绩没有任何影响。给它权重，或写上 minScore（必须达到的分数）",
      ]
    `);
  });

  test('exam-wrong-types: a missing passage, a draw written in words, an unknown kind, an unknown field', () => {
    expect(check('exam-wrong-types')).toMatchInlineSnapshot(`
      [
        "content/exams/final.mdx: sections[0].passage: 缺少这个字段",
        "content/exams/final.mdx: sections[1].draw: 应为数字，这里写的是文字",
        "content/exams/final.mdx: sections[2].kind: kind 只能是 typing（打字测试）、scenarios（模拟接待）或 quiz（知识题）",
        "content/exams/final.mdx: pass_mark: 不认识的字段：检查拼写，或它是否放错了层级（缩进）",
      ]
    `);
  });

  test('glossary-duplicates: a term and a synonym group written twice', () => {
    expect(check('glossary-duplicates')).toMatchInlineSnapshot(`
      [
        "content/glossary.yaml: terms[1].term: 术语重复：首响（terms[0] 已经有了，删掉一条或合并释义）",
        "content/glossary.yaml: synonyms[1].id: 同义词组 id 重复：greeting（synonyms[0] 已经用过，换一个 id 或合并两组）",
      ]
    `);
  });

  test('glossary-wrong-types: a glossary with wrong types, an unknown key, a bad group id and a one-word group', () => {
    expect(check('glossary-wrong-types')).toMatchInlineSnapshot(`
      [
        "content/glossary.yaml: terms: 应为列表（- 开头的多行，或 [甲, 乙]），这里写的是一组“字段: 值”",
        "content/glossary.yaml: synonyms[0].terms: 应为列表（- 开头的多行，或 [甲, 乙]），这里写的是文字",
        "content/glossary.yaml: synonyms[0].words: 不认识的字段：检查拼写，或它是否放错了层级（缩进）",
        "content/glossary.yaml: synonyms[1].id: 只能用小写英文字母、数字和连字符（例如 size-advice）",
        "content/glossary.yaml: synonyms[1].terms: 同义词组至少两个词",
      ]
    `);
  });

  test('lesson-duplicates: two lessons that would share a URL and an order', () => {
    expect(check('lesson-duplicates')).toMatchInlineSnapshot(`
      [
        "content/lessons/workflow/02-five-steps.mdx: (文件): 去掉序号后和 content/lessons/workflow/01-five-steps.mdx 同名，两节课的网址都会是 /lessons/workflow/five-steps/：请改一个文件名",
        "content/lessons/workflow/02-five-steps.mdx: order: order 1 和 content/lessons/workflow/01-five-steps.mdx 重复：同一单元里每节课的 order 要不同",
      ]
    `);
  });

  test('lesson-glossary-link: a link to a term the glossary lacks, and a module without lessons', () => {
    expect(check('lesson-glossary-link')).toMatchInlineSnapshot(`
      [
        "content/lessons/workflow/01-five-steps.mdx: body: 链接到术语表的“平响”，但 content/glossary.yaml 里没有这个术语：先在 terms 里加上它，或改成已有的术语",
        "content/modules/orders.yaml: (文件): 这个单元还没有任何课程：在 content/lessons/orders/ 里添加课程（npm run new -- lesson orders/<英文名>），或删掉这个文件",
      ]
    `);
  });

  test('lesson-mdx-components: unknown components, wrong case, unknown and missing props, bad values, a duplicate checklist id, Steps without a list', () => {
    expect(check('lesson-mdx-components')).toMatchInlineSnapshot(`
      [
        "content/lessons/workflow/01-five-steps.mdx: body: 第 13 行：不认识的组件 <Tip>：可用的组件有 Callout、ScriptCard、Steps、Checklist、Quiz",
        "content/lessons/workflow/01-five-steps.mdx: body: 第 15 行：组件名区分大小写：<callout> 应写成 <Callout>",
        "content/lessons/workflow/01-five-steps.mdx: body: 第 17 行：<Callout> 的 type：只能是 tip、warning、rule，这里写的是“info”",
        "content/lessons/workflow/01-five-steps.mdx: body: 第 17 行：<Callout> 没有 kind 这个属性（可用的有 type、title）",
        "content/lessons/workflow/01-five-steps.mdx: body: 第 19 行：<ScriptCard> 缺少属性 why（为什么这样说有效。）",
        "content/lessons/workflow/01-five-steps.mdx: body: 第 21 行：<Checklist> 的 items：要写成列表，例如 items={['第一项', '第二项']}",
        "content/lessons/workflow/01-five-steps.mdx: body: 第 23 行：<Checklist> 的 id “wrap-up” 和第 21 行的清单重复：同一页的清单 id 不能相同",
        "content/lessons/workflow/01-five-steps.mdx: body: 第 25 行：<Steps> 里只能放一个有序列表（1. 2. 3. …），列表的前后各空一行",
      ]
    `);
  });

  test('lesson-mdx-unclosed: MDX that does not compile: unclosed and mismatched tags, a bare <, an HTML comment, <br>, braces', () => {
    expect(check('lesson-mdx-unclosed')).toMatchInlineSnapshot(`
      [
        "content/lessons/workflow/01-five-steps.mdx: body: 第 15 行：<Callout> 没有结束标签：在内容后面加上 </Callout>，或写成自闭合的 <Callout … />",
        "content/lessons/workflow/02-mismatch.mdx: body: 第 15 行：结束标签 </Steps> 和第 13 行的开始标签 <Callout> 对不上：检查标签名的拼写和嵌套顺序",
        "content/lessons/workflow/03-less-than.mdx: body: 第 13 行：“<” 后面不是组件名：正文里要写小于号请写成 \\<；组件属性的值要加引号，例如 type="tip"",
        "content/lessons/workflow/04-html-comment.mdx: body: 第 13 行：MDX 不支持 <!-- --> 注释，请写成 {/* 注释 */}",
        "content/lessons/workflow/05-br.mdx: body: 第 13 行：<br> 在 MDX 里要写成自闭合的 <br />",
        "content/lessons/workflow/06-braces.mdx: body: 第 13 行：正文里的 {昵称} 会被当成代码运行：要显示花括号本身，请写成 \\{ 和 \\}；写注释用 {/* … */}",
      ]
    `);
  });

  test('lesson-missing-frontmatter: a lesson without frontmatter and one whose frontmatter never ends', () => {
    expect(check('lesson-missing-frontmatter')).toMatchInlineSnapshot(`
      [
        "content/lessons/workflow/01-five-steps.mdx: frontmatter: 文件开头缺少 frontmatter：第一行写 ---，接着写 title 等字段，再写一行 --- 结束",
        "content/lessons/workflow/02-unclosed.mdx: frontmatter: frontmatter 没有结束：在最后一个字段下面加一行 ---",
      ]
    `);
  });

  test('lesson-quiz: a question without a correct answer, two right answers in a single choice, a duplicate question id, a quiz not shown', () => {
    expect(check('lesson-quiz')).toMatchInlineSnapshot(`
      [
        "content/lessons/workflow/01-five-steps.mdx: quiz[0].options: 没有标为正确（correct: true）的选项",
        "content/lessons/workflow/01-five-steps.mdx: quiz[1].options: 单选题只能有一个正确选项；多个正确选项请写 multiple: true",
        "content/lessons/workflow/01-five-steps.mdx: quiz[1].id: 题目 id 重复：first-step（第 1 题已经用过，学员的作答按 id 保存）",
        "content/lessons/workflow/02-hidden-quiz.mdx: quiz: 写了自测题，但正文里没有 <Quiz questions={frontmatter.quiz} />，学员看不到",
      ]
    `);
  });

  test('lesson-unknown-brief: covers with ids that are not in the brief', () => {
    expect(check('lesson-unknown-brief')).toMatchInlineSnapshot(`
      [
        "content/lessons/workflow/01-five-steps.mdx: covers[1]: 未知的大纲条目 "C9"（应为 A1–G2 之一）",
        "content/lessons/workflow/01-five-steps.mdx: covers[2]: 未知的大纲条目 "H1"（应为 A1–G2 之一）",
      ]
    `);
  });

  test('lesson-wrong-folder: lessons in the wrong folder, badly named, or in a module that does not exist', () => {
    expect(check('lesson-wrong-folder')).toMatchInlineSnapshot(`
      [
        "content/lessons/05-loose.mdx: (文件): 课程文件要放在 content/lessons/<单元 id>/ 里，文件名写成“两位序号-英文名.mdx”（小写字母、数字和连字符），例如 content/lessons/workflow/03-before-your-shift.mdx",
        "content/lessons/orders/Remarks Two.mdx: (文件): 课程文件要放在 content/lessons/<单元 id>/ 里，文件名写成“两位序号-英文名.mdx”（小写字母、数字和连字符），例如 content/lessons/workflow/03-before-your-shift.mdx",
        "content/lessons/workflow/02-cod.mdx: module: 写的是“orders”，但文件放在 workflow/ 文件夹里：把文件移到 content/lessons/orders/，或把 module 改成 workflow",
        "content/lessons/workflow/02-cod.mdx: order: order 1 和 content/lessons/orders/01-remarks.mdx 重复：同一单元里每节课的 order 要不同",
        "content/lessons/workflow/03-shifts.mdx: module: 单元“shifts”不存在：content/modules/ 里没有 shifts.yaml（现有单元：orders、workflow）",
      ]
    `);
  });

  test('lesson-wrong-types: wrong types and an unknown field', () => {
    expect(check('lesson-wrong-types')).toMatchInlineSnapshot(`
      [
        "content/lessons/workflow/01-five-steps.mdx: order: 应为数字，这里写的是文字",
        "content/lessons/workflow/01-five-steps.mdx: roles: 应为列表（- 开头的多行，或 [甲, 乙]），这里写的是文字",
        "content/lessons/workflow/01-five-steps.mdx: minutes: 应为数字，这里写的是文字",
        "content/lessons/workflow/01-five-steps.mdx: author: 不认识的字段：检查拼写，或它是否放错了层级（缩进）",
      ]
    `);
  });

  test('lesson-yaml-syntax: YAML syntax errors: an unclosed list and a full-width colon', () => {
    expect(check('lesson-yaml-syntax')).toMatchInlineSnapshot(`
      [
        "content/lessons/workflow/01-five-steps.mdx: frontmatter: YAML 格式错误（第 8 行）：方括号列表 [ … ] 没有结束：缺少 ]",
        "content/lessons/workflow/02-colon.mdx: frontmatter: YAML 格式错误（第 2 行）：字段名后面要用英文冒号加空格（title: …），这一行用了中文冒号“：”",
      ]
    `);
  });

  test('module-problems: a module without title, with a wrong type, with a duplicate key, and one without lessons', () => {
    expect(check('module-problems')).toMatchInlineSnapshot(`
      [
        "content/modules/empty.yaml: (文件): 这个单元还没有任何课程：在 content/lessons/empty/ 里添加课程（npm run new -- lesson empty/<英文名>），或删掉这个文件",
        "content/modules/orders.yaml: (文件): YAML 格式错误（第 4 行）：字段 order 写了两次，请删掉一个",
        "content/modules/workflow.yaml: title: 缺少这个字段",
        "content/modules/workflow.yaml: order: 应为数字，这里写的是文字",
      ]
    `);
  });

  test('scenario-body: a scenario whose briefing does not compile, and one in a subfolder', () => {
    expect(check('scenario-body')).toMatchInlineSnapshot(`
      [
        "content/scenarios/ask-price.mdx: body: 第 37 行：<Callout> 没有结束标签：在内容后面加上 </Callout>，或写成自闭合的 <Callout … />",
        "content/scenarios/sub/old.mdx: (文件): 场景文件要直接放在 content/scenarios/ 里：子文件夹里的场景不会出现在网站上",
      ]
    `);
  });

  test('scenario-duplicate-ids: duplicate turn and criterion ids', () => {
    expect(check('scenario-duplicate-ids')).toMatchInlineSnapshot(`
      [
        "content/scenarios/ask-price.mdx: turns[1].id: turn id 重复：ask-price（第 1 轮已经用过）",
        "content/scenarios/ask-price.mdx: turns[0].criteria[1].id: 评分项 id 重复：greet（整个场景里 id 不能重复）",
      ]
    `);
  });

  test('scenario-examples: examples that do not score as declared', () => {
    expect(check('scenario-examples')).toMatchInlineSnapshot(`
      [
        "content/scenarios/ask-price.mdx: examples[0]: 示例「标准回答」应当通过，但没有通过。未通过的评分项：「先问候顾客」(greet)；总分 61.1 低于及格线 70",
        "content/scenarios/ask-price.mdx: examples[1]: 示例「报错价格」应当因评分项「报对价格」(price) 不通过，但这一项实际为通过",
        "content/scenarios/ask-price.mdx: examples[2]: 示例「两条回复」多了 1 条回复：对话在第 1 条回复后就结束了（到达 end）",
      ]
    `);
  });

  test('scenario-model-answer: a model answer that fails its own criteria', () => {
    expect(check('scenario-model-answer')).toMatchInlineSnapshot(`
      [
        "content/scenarios/ask-price.mdx: turns[0].model: 参考答案没有通过评分项 「先问候顾客」(greet)、「报对价格」(price)",
      ]
    `);
  });

  test('scenario-unknown-group: synonym groups that the glossary lacks', () => {
    expect(check('scenario-unknown-group')).toMatchInlineSnapshot(`
      [
        "content/scenarios/ask-price.mdx: turns[0].criteria[0].check.groups[0]: 术语表 content/glossary.yaml 里没有同义词组 greetings",
        "content/scenarios/ask-price.mdx: turns[0].criteria[0].check.groups[1]: 术语表 content/glossary.yaml 里没有同义词组 welcome",
        "content/scenarios/ask-price.mdx: rubric[0].check.groups[0]: 术语表 content/glossary.yaml 里没有同义词组 refund",
      ]
    `);
  });

  test('scenario-unknown-turn: a branch and a next to unknown turns, a branch on a criterion of another turn', () => {
    expect(check('scenario-unknown-turn')).toMatchInlineSnapshot(`
      [
        "content/scenarios/ask-price.mdx: turns[0].branches[0].goto: 跳转到不存在的 turn：apologise（可用的有 ask-price 或 end）",
        "content/scenarios/ask-price.mdx: turns[0].branches[0].when.failed[1]: 本轮没有评分项 polite（分支只能引用本轮的评分项）",
        "content/scenarios/ask-price.mdx: turns[0].next: 下一轮指向不存在的 turn：closing（可用的有 ask-price 或 end）",
      ]
    `);
  });

  test('scenario-unreachable: an unreachable turn and a loop that never reaches the end', () => {
    expect(check('scenario-unreachable')).toMatchInlineSnapshot(`
      [
        "content/scenarios/ask-price.mdx: turns[1].id: turn discount 永远不会出现：没有任何分支或 next 通向它（在前面某一轮的 next 或 goto 里指向它，或删掉这一轮）",
        "content/scenarios/ask-price.mdx: turns[0].id: 从 turn ask-price 出发，对话永远到不了 end（分支形成了死循环：让其中一轮的 next 或某个分支通向 end）",
        "content/scenarios/ask-price.mdx: turns[2].id: 从 turn loop-a 出发，对话永远到不了 end（分支形成了死循环：让其中一轮的 next 或某个分支通向 end）",
        "content/scenarios/ask-price.mdx: turns[3].id: 从 turn loop-b 出发，对话永远到不了 end（分支形成了死循环：让其中一轮的 next 或某个分支通向 end）",
      ]
    `);
  });

  test('scenario-wrong-types: wrong types, unknown values and an unknown brief id in a scenario', () => {
    expect(check('scenario-wrong-types')).toMatchInlineSnapshot(`
      [
        "content/scenarios/ask-price.mdx: role: 岗位只能是 售前 或 售后",
        "content/scenarios/ask-price.mdx: covers[1]: 未知的大纲条目 "Z1"（应为 A1–G2 之一）",
        "content/scenarios/ask-price.mdx: persona.mood: 情绪只能是 生气、不耐烦、平静、满意 之一",
        "content/scenarios/ask-price.mdx: persona.patience: 应为数字，这里写的是文字",
        "content/scenarios/ask-price.mdx: facts.price: 应为数字，这里写的是文字",
        "content/scenarios/ask-price.mdx: turns[0].criteria[0].check.kind: 检查类型 kind 只能是 any、all、forbidden、regex、fact、question、order、length 之一",
        "content/scenarios/ask-price.mdx: turns[0].criteria[1].critical: 应为是否（true 或 false），这里写的是文字",
      ]
    `);
  });

  test('typing-passages: practice passages too short, too long to do, a long title, a duplicate id', () => {
    expect(check('typing-passages')).toMatchInlineSnapshot(`
      [
        "content/typing.yaml: [0].text: 练习文章至少 60 个字",
        "content/typing.yaml: [1].title: 标题最多 20 个字",
        "content/typing.yaml: [1].seconds: 最多 600 秒",
        "content/typing.yaml: [1].id: id 重复：welcome",
      ]
    `);
  });
});

describe('npm run check:content', () => {
  const run = (root: string) => spawnSync(process.execPath, ['src/cli/check-content.ts', root], { encoding: 'utf8' });

  test('prints path: field: message lines on stderr and exits 1', () => {
    const result = run(join(FIXTURES, 'scenario-unknown-group'));
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.slice(0, 3)).toEqual(check('scenario-unknown-group'));
    expect(lines.at(-1)).toMatch(/^内容检查未通过：3 个问题/);
  });

  test('exits 0 on valid content', () => {
    const result = run(join(FIXTURES, 'valid'));
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('内容检查通过：1 个单元，1 节课，1 个对练场景，1 场考核\n');
  });
});
