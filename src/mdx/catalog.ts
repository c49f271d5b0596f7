/**
 * What lesson authors may write for each component of ./index.ts: its props, which are required,
 * the literal values a prop accepts and what may go inside. `npm run check:content` checks MDX
 * bodies against it, and the authoring guide lists it, so both follow the components' Props.
 * Descriptions are shown to trainers, hence in Chinese.
 */

/** How a prop is written in MDX. */
export type PropKind =
  /** `title="…"` */
  | 'text'
  /** `items={['…', '…']}` */
  | 'list'
  /** `script="…"` or `script={['…', '…']}` */
  | 'text-or-list'
  /** `questions={frontmatter.quiz}` */
  | 'expression';

export interface PropSpec {
  required: boolean;
  kind: PropKind;
  /** The only values a `text` prop accepts. */
  values?: readonly string[];
  /** For trainers: what the prop does. */
  description: string;
}

export interface ComponentSpec {
  /** For trainers: what the component is for. */
  summary: string;
  props: Readonly<Record<string, PropSpec>>;
  /** What goes between the tags: Markdown, exactly one ordered list, or nothing (self-closing). */
  children: 'markdown' | 'ordered-list' | 'none';
}

export const MDX_COMPONENTS = {
  Callout: {
    summary: '醒目的提示框：小贴士、注意事项或平台规则。',
    children: 'markdown',
    props: {
      type: {
        required: false,
        kind: 'text',
        values: ['tip', 'warning', 'rule'],
        description: 'tip 小贴士（默认）、warning 注意、rule 平台规则（违反会被处罚的规定）。',
      },
      title: { required: false, kind: 'text', description: '标题；不写时按 type 显示“小贴士”“注意”或“平台规则”。' },
    },
  },
  ScriptCard: {
    summary: '话术卡：在什么场景、推荐怎么说、为什么、不要怎么说；带“复制话术”按钮。',
    children: 'none',
    props: {
      title: { required: true, kind: 'text', description: '卡片名称：欢迎语、催付……' },
      situation: { required: true, kind: 'text', description: '什么时候用。' },
      script: {
        required: true,
        kind: 'text-or-list',
        description: '推荐话术；写成列表时，每一项显示为一条单独的聊天消息。',
      },
      why: { required: true, kind: 'text', description: '为什么这样说有效。' },
      avoid: { required: false, kind: 'text-or-list', description: '不要这样说；可以在破折号后写原因。' },
    },
  },
  Steps: {
    summary: '编号的操作步骤：里面放一个有序列表，每一项的第一行是步骤名。',
    children: 'ordered-list',
    props: {},
  },
  Checklist: {
    summary: '可以勾选的清单；勾选结果保存在学员的浏览器里。',
    children: 'none',
    props: {
      id: { required: true, kind: 'text', description: '在本页内唯一的英文 id，勾选记录按它保存；发布后不要再改。' },
      title: { required: true, kind: 'text', description: '清单标题：上班前准备……' },
      items: { required: true, kind: 'list', description: '清单项，每项一句简短的祈使句，不能重复。' },
    },
  },
  Quiz: {
    summary: '自测题：题目写在 frontmatter 的 quiz 里，正文里放这个组件来显示。',
    children: 'none',
    props: {
      questions: { required: true, kind: 'expression', description: '固定写 {frontmatter.quiz}。' },
      title: { required: false, kind: 'text', description: '标题；默认“自测”。' },
    },
  },
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof MDX_COMPONENTS;

export const COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as ComponentName[];
