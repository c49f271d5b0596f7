import { z } from 'astro/zod';

/**
 * The curriculum items of ../shared/domain/BRIEF.md. Lessons list the items they teach in
 * `covers`; a unit test keeps this list in step with the brief.
 */
export const BRIEF_ITEMS = {
  A1: '岗位定义：服务是基础，销售是目标',
  A2: '网店客服与实体店服务的区别',
  A3: '客服工作的四个特点',
  A4: '客服为什么重要',
  A5: '客服与运营的分工与协作',
  A6: '职业前景与发展路径',
  B1: '核心技能',
  B2: '岗位基本要求',
  B3: '招聘方看重的能力',
  C1: '服务流程十个环节',
  C2: '五步沟通法',
  C3: '订单岗位实务',
  D1: '提升服务质量',
  E1: '安抚不满的顾客',
  E2: '退款申请',
  E3: '物流问题',
  E4: '重复提问',
  F1: '客户关系维护',
  G1: '聊天工具与后台工具',
  G2: '平台规则',
} as const;

export type BriefId = keyof typeof BRIEF_ITEMS;

export const BRIEF_IDS = Object.keys(BRIEF_ITEMS) as [BriefId, ...BriefId[]];

/** An item id of the domain brief, such as `C3`. */
export const BriefIdSchema = z.enum(BRIEF_IDS, {
  error: (issue) => `未知的大纲条目 ${JSON.stringify(issue.input)}（应为 A1–G2 之一）`,
});
