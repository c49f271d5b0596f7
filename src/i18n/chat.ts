/** Strings of the chat window, in practice and in exams. */
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
  'chat.outcome.time-up': '时间到，对话已结束，输入框已关闭。',
} as const;

export type ChatKey = keyof typeof chat;

export const t = translator(chat);
