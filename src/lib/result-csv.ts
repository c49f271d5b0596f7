/**
 * CSV exports of exam results: one result (the candidate's own download) and a cohort (the
 * trainer's, one row per result). UTF-8 with BOM through src/lib/csv.ts, so Excel opens them.
 */
import type { ExamResult } from '../schemas/exam-result.ts';
import { toCsv } from './csv.ts';
import { formatDateTime, formatPercent, integrityFlags } from './exam-format.ts';

const seconds = (ms: number | null): number | null => (ms === null ? null : Math.round(ms / 100) / 10);

/** The cohort as CSV (UTF-8 with BOM), one row per result, in the table's order. */
export function cohortCsv(results: readonly ExamResult[], order: readonly string[], timeZone?: string): string {
  const byId = new Map(results.map((r) => [r.id, r]));
  const sectionTitles = [...new Set(results.flatMap((r) => r.sections.map((s) => s.title)))];
  const header = ['姓名', '工号', '批次码', '考核', '开始时间', '总分', '等级', '是否通过', ...sectionTitles, '有效速度（字/分钟）', '正确率', '首响（秒）', '平响（秒）', '提醒', '成绩编号', '校验值'];
  const rows = order.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const scores = sectionTitles.map((title) => r.sections.find((s) => s.title === title)?.score ?? null);
    return [
      [
        r.candidate.name,
        r.candidate.employeeId,
        r.batch,
        r.exam.title,
        formatDateTime(r.startedAt, timeZone),
        r.total,
        r.grade ?? '',
        r.passed,
        ...scores,
        r.typing?.effectiveSpeed ?? null,
        r.typing ? formatPercent(r.typing.accuracy) : null,
        seconds(r.response.firstMs),
        seconds(r.response.averageMs),
        integrityFlags(r.integrity).join('；'),
        r.id,
        r.digest,
      ],
    ];
  });
  return toCsv([header, ...rows]);
}

/** One result as CSV: the summary, then each section, then each criterion. */
export function resultCsv(r: ExamResult, timeZone?: string): string {
  const rows: (string | number | boolean | null)[][] = [
    ['项目', '内容'],
    ['考核', r.exam.title],
    ['姓名', r.candidate.name],
    ['工号', r.candidate.employeeId],
    ['批次码', r.batch],
    ['开始时间', formatDateTime(r.startedAt, timeZone)],
    ['结束时间', formatDateTime(r.endedAt, timeZone)],
    ['总分', r.total],
    ['及格线', r.passMark],
    ['是否通过', r.passed],
    ['等级', r.grade ?? ''],
    ['未通过原因', r.reasons.map((x) => x.message).join('；')],
    ['有效速度（字/分钟）', r.typing?.effectiveSpeed ?? null],
    ['正确率', r.typing ? formatPercent(r.typing.accuracy) : null],
    ['首响（秒）', seconds(r.response.firstMs)],
    ['平响（秒）', seconds(r.response.averageMs)],
    ['提醒', integrityFlags(r.integrity).join('；')],
    ['成绩编号', r.id],
    ['校验值', r.digest],
    [],
    ['部分', '权重', '得分'],
    ...r.sections.map((s) => [s.title, s.weight, s.score]),
    [],
    ['场景', '评分项', '结果'],
    ...r.sections.flatMap((s) =>
      s.kind === 'scenarios'
        ? s.attempts.flatMap((a) =>
            [...a.turns.flatMap((t) => t.criteria), ...a.rubric.criteria].map((c) => [
              a.scenario.title,
              c.label,
              c.status === 'pass' ? '通过' : c.status === 'fail' ? '未通过' : '不适用',
            ]),
          )
        : [],
    ),
  ];
  return toCsv(rows);
}
