/**
 * Strings of the end of a practice chat: the summary and what became of the save. Loaded with
 * the summary when the chat is over, not with the exercise page.
 */
import { translator } from './translator.ts';

export const exercise = {
  'exercise.summary': '练习结果',
  'exercise.total': '总分',
  'exercise.points': '{total} 分',
  'exercise.passMark': '及格线 {mark} 分',
  'exercise.passed': '通过',
  'exercise.failed': '未通过',
  'exercise.grade': '等级',
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
  'exercise.save.newer-version': '本机的对练记录来自更新版本的客服学院，为避免覆盖，这次的结果没有保存。请刷新页面后再练，或先下载结果和对话记录。',
  'exercise.save.invalid': '结果的格式不对，没有保存。请下载结果和对话记录，交给培训主管。',
  'exercise.save.damaged': '本机的对练记录曾经损坏，已从上一次完好的副本恢复，这次的结果已保存。',
  'exercise.save.damaged-no-backup': '本机的对练记录曾经损坏且没有可用副本，已从空白记录开始，这次的结果已保存。损坏的副本已另存。',
  'exercise.downloadResult': '下载结果（JSON）',
  'exercise.downloadTranscript': '下载对话记录（JSON）',
  'exercise.restart': '重新开始',
} as const;

export const t = translator(exercise);
