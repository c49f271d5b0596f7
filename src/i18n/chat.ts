/** Strings of the chat window and the practice exercise (the exercise page ships only these). */
import { translator } from './translator.ts';

export const chat = {
  'chat.region': '与{name}的对话',
  'chat.log': '对话记录',
  'chat.typing': '对方正在输入…',
  'chat.mood': '情绪',
  'chat.patience': '耐心',
  'chat.patienceValue': '耐心 {value}',
  'chat.timer': '本轮用时',
  'chat.limit': '限时 {limit}',
  'chat.late': '已超时',
  'chat.me': '我',
  'chat.input': '回复顾客',
  'chat.hint': 'Enter 发送，Shift+Enter 换行。每条消息最多 {max} 字。',
  'chat.quiet': '可以继续补充；停顿 {seconds} 秒后顾客才会回复。',
  'chat.send': '发送',
  'chat.counter': '{count} / {max} 字',
  'chat.atLimit': '已达上限',
  'chat.pasteClipped': '粘贴的内容有 {total} 字，回复最多 {max} 字，只粘贴进了前 {kept} 字。',
  'chat.waitCustomer': '对方还在输入，等消息出现后再回复。',
  'chat.end': '结束对话',
  'chat.endConfirm': '确定结束吗？还没回复的消息会记为未完成。',
  'chat.endYes': '确定结束',
  'chat.cancel': '取消',
  'chat.outcome.completed': '对话结束，输入框已关闭。',
  'chat.outcome.customer-left': '顾客离开了（流失），输入框已关闭。',
  'chat.outcome.incomplete': '对话已结束，还有消息没有回复。输入框已关闭。',

  'feedback.title': '这条回复的反馈',
  'feedback.summary': '{passed} / {total} 项通过',
  'feedback.none': '这一轮没有评分项',
  'feedback.time': '用时 {time}',
  'feedback.late': '超过限时',
  'feedback.pass': '通过',
  'feedback.fail': '未通过',
  'feedback.na': '不适用',
  'feedback.found': '命中：',
  'feedback.wrong': '问题词：',
  'feedback.missing': '缺少：',
  'feedback.model': '参考话术',
  'feedback.announce': '反馈：{passed} / {total} 项通过',

  'exercise.loading': '正在准备对话…',
  'exercise.restart': '重新开始',
  'exercise.restartConfirm': '当前对话不会保存，确定重新开始吗？',
  'exercise.restartYes': '确定重新开始',
  'exercise.saving': '正在保存练习结果…',
  'exercise.notSaved': '保存功能没能加载（可能是网络断了），这次的结果没有保存。请先下载结果和对话记录留存。',
  'exercise.downloadResult': '下载结果（JSON）',
  'exercise.downloadTranscript': '下载对话记录（JSON）',
} as const;

export type ChatKey = keyof typeof chat;

export const t = translator(chat);
