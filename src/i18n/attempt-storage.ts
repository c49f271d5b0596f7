/** What went wrong reading or changing the stored practice attempts, for the report, 我的进度 and the practice list. */
import type { AttemptsProblem } from '../storage/attempt-store.ts';

export const attemptStorageProblem: Readonly<Record<AttemptsProblem | 'quota', string>> = {
  unavailable: '浏览器禁止了本地存储（可能是无痕模式或隐私设置），读不到这台设备上的对练记录。',
  damaged: '本机按旧格式保存的对练记录曾经损坏，已恢复到上一次完好的副本；损坏的副本已另存，可在“我的进度”下载。',
  'damaged-no-backup': '本机按旧格式保存的对练记录已损坏且没有可用副本；损坏的副本已另存，可在“我的进度”下载。',
  'newer-version': '有些对练记录来自更新版本的客服学院，本页读不了，也不会修改它们。请刷新页面获取新版本。',
  quota: '浏览器存储空间已满，刚才的更改没有全部保存。请先导出备份，再整理对练记录。',
};
