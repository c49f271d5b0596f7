/**
 * Strings of the practice side of the chat: the feedback under each reply, 重新开始, and the
 * end-of-chat summary with what became of the save. Exams load the chat window without them.
 */
import { translator } from './translator.ts';

export const exercise = {
  'feedback.title': '这条回复的反馈',
  'feedback.summary': '{passed} / {total} 项通过',
  'feedback.none': '这一轮没有评分项',
  'feedback.time': '用时 {time}',
  'feedback.late': '超过限时',
  'feedback.pass': '通过',
  'feedback.fail': '未通过',
  'feedback.found': '命中：',
  'feedback.wrong': '问题词：',
  'feedback.missing': '缺少：',
  'feedback.model': '参考话术',
  'feedback.announce': '反馈：{passed} / {total} 项通过',

  'exercise.restart': '重新开始',
  'exercise.restartConfirm': '当前对话不会保存，确定重新开始吗？',
  'exercise.restartYes': '确定重新开始',
  'exercise.downloadResult': '下载结果（JSON）',
  'exercise.downloadTranscript': '下载对话记录（JSON）',

  'exercise.summary': '练习结果',
  'exercise.total': '总分',
  'exercise.points': '{total} 分',
  'exercise.passMark': '及格线 {mark} 分',
  'exercise.passed': '通过',
  'exercise.failed': '未通过',
  'exercise.speed': '打字速度',
  'exercise.speedValue': '{speed} 字/分钟',
  'exercise.speedNone': '没有记录到打字',
  'exercise.gate': '门槛 {gate}',
  'exercise.first': '首响',
  'exercise.average': '平响',
  'exercise.band': '≤ {full} 秒满分',
  'exercise.report': '查看完整报告',
  'exercise.saved': '结果已保存在本机浏览器，“我的进度”里可以随时查看。',
  'exercise.nearlyFull': '对练记录已占用预留存储空间的 {percent}%。请到“我的进度”导出备份，需要时可在那里整理记录。',
  'exercise.save.quota': '浏览器存储空间已满，这次的结果没有保存。请先下载结果和对话记录，再到“我的进度”导出备份、整理记录。',
  'exercise.save.unavailable': '浏览器禁止了本地存储（可能是无痕模式或隐私设置），这次的结果没有保存。请下载结果和对话记录留存。',
} as const;

export type ExerciseKey = keyof typeof exercise;

export const t = translator(exercise);
