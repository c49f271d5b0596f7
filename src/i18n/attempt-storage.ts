/** What went wrong reading the stored practice attempts, for the report, 我的进度 and the practice list. */
import type { StoreProblem } from '../storage/versioned-store.ts';

export const attemptStorageProblem: Readonly<Record<StoreProblem, string>> = {
  unavailable: '浏览器禁止了本地存储（可能是无痕模式或隐私设置），读不到这台设备上的对练记录。',
  damaged: '本机保存的对练记录曾经损坏，已恢复到上一次完好的副本；损坏的副本已另存。',
  'damaged-no-backup': '本机保存的对练记录已损坏且没有可用副本，只能从空白记录开始；损坏的副本已另存。',
  'newer-version': '本机的对练记录来自更新版本的客服学院，为避免覆盖，本页不会修改它。请刷新页面获取新版本。',
  quota: '浏览器存储空间已满，刚才的更改没有保存。请先导出备份，再整理对练记录。',
  invalid: '这份对练记录的格式不正确，没有保存。',
};
