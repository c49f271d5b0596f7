/** Every string a reader sees outside the content, in one flat table (keys in English). */
export const ui = {
  'site.name': '客服学院',
  'site.tagline': '网店客服上岗培训与考核',
  'site.description': '为淘宝、天猫、京东店铺新客服准备的培训平台：课程、模拟顾客对练与上岗考核，全部在浏览器里完成。',
  'nav.label': '主导航',
  'nav.home': '课程',
  'nav.progress': '我的进度',
  'nav.glossary': '术语表',
  'nav.exams': '考试',
  'nav.trainer': '培训师',
  'nav.skip': '跳到正文',
  'footer.privacy': '你的学习记录只保存在这台设备的浏览器里，不会上传到任何服务器。',
  'footer.source': '开源项目 kefu-academy',

  'home.start': '从第一课开始',
  'home.continue': '继续学习',
  'home.curriculum': '课程目录',
  'home.lessons': '课',
  'home.minutes': '分钟',

  'module.lessons': '本单元课程',
  'module.progress': '已完成 {done} / {total} 课',

  'lesson.breadcrumb': '位置',
  'lesson.sidebar': '课程目录',
  'lesson.toc': '本页内容',
  'lesson.readingTime': '约 {minutes} 分钟',
  'lesson.updated': '更新于',
  'lesson.roles': '适合岗位',
  'lesson.objectives': '学完本课，你能够',
  'lesson.covers': '对应大纲',
  'lesson.prev': '上一课',
  'lesson.next': '下一课',
  'lesson.pager': '上一课和下一课',
  'lesson.markComplete': '标记为已完成',
  'lesson.completed': '已完成 ✓（点击撤销）',
  'lesson.completedMark': '已完成',

  'progress.title': '我的进度',
  'progress.lede': '学习记录保存在本机浏览器中。换手机或清理浏览器之前，请先导出备份。',
  'progress.overall': '已完成 {done} / {total} 课',
  'progress.quizzes': '自测成绩',
  'progress.noQuizzes': '还没有做过自测题。',
  'progress.quizScore': '答对 {correct} / {total}',
  'progress.backup': '备份与恢复',
  'progress.export': '导出备份（JSON）',
  'progress.import': '导入备份',
  'progress.importDone': '已导入备份：现有记录保留，备份中较新的记录已合并进来。',
  'progress.importInvalid': '这个文件不是客服学院的进度备份，或者已经损坏，没有导入任何内容。',
  'progress.importNewer': '这个备份来自更新版本的客服学院，请先刷新页面或升级后再导入。',
  'progress.damagedCopy': '下载损坏的旧记录',
  'progress.loading': '正在读取学习记录……',
  'progress.results': '我的成绩',
  'progress.resultsLede': '上岗考核的成绩单、证书和成绩文件',

  'storage.unavailable': '浏览器禁止了本地存储（可能是无痕模式或隐私设置），本次学习记录在关闭页面后不会保留。',
  'storage.damaged': '本机保存的学习记录已损坏，已恢复到上一次完好的副本；损坏的副本已另存，可在“我的进度”下载。',
  'storage.damaged-no-backup': '本机保存的学习记录已损坏且没有可用副本，已从空白记录开始；损坏的副本已另存，可在“我的进度”下载。',
  'storage.newer-version': '本机的学习记录来自更新版本的客服学院，为避免覆盖，本页不会修改它。请刷新页面获取新版本。',
  'storage.quota': '浏览器存储空间已满，刚才的更改没有保存。请在“我的进度”导出备份，或清理浏览器空间后重试。',
  'storage.invalid': '这条记录的格式不正确，没有保存。',

  'quiz.title': '自测',
  'quiz.single': '单选',
  'quiz.multiple': '多选（选出所有正确项）',
  'quiz.submit': '提交答案',
  'quiz.retry': '重新作答',
  'quiz.correct': '回答正确',
  'quiz.wrong': '回答不正确',
  'quiz.score': '答对 {correct} / {total} 题',
  'quiz.unanswered': '还有题目没有作答：{list}',
  'quiz.yourChoice': '你的选择',
  'quiz.rightAnswer': '正确答案',

  'checklist.done': '已完成 {done} / {total} 项',

  'script.situation': '场景',
  'script.script': '推荐话术',
  'script.why': '为什么这样说',
  'script.avoid': '不要这样说',
  'script.copy': '复制话术',
  'script.copied': '已复制',
  'script.copyFailed': '无法复制，请长按文字手动复制',

  'callout.tip': '小贴士',
  'callout.warning': '注意',
  'callout.rule': '平台规则',

  'glossary.title': '术语表',
  'glossary.description': '网店客服常用术语的简明释义：售前、订单物流、售后评价、平台规则和考核指标，附英文名、同义词和相关课程。',
  'glossary.lede': '课程里第一次出现的行业说法，都能在这里查到。共 {count} 个术语，按工作环节分组，组内按拼音排序。',
  'glossary.topics': '术语分类',
  'glossary.synonyms': '同义说法',
  'glossary.lessons': '相关课程',
  'glossary.groupsTitle': '同义词组',
  'glossary.groupsLede': '搜索时输入组里任何一个词，都会同时找其他几个词；考核评分也把同一组的词当作同一个意思。繁体写法由搜索自动转换，不单独列出。',
  'glossary.groupId': '组名',
  'glossary.groupWords': '包含的词',
  'glossary.topic.role': '岗位与流程',
  'glossary.topic.pre-sales': '售前接待与成交',
  'glossary.topic.orders': '订单与物流',
  'glossary.topic.after-sales': '售后与评价',
  'glossary.topic.relationship': '客户关系',
  'glossary.topic.metrics': '数据与考核',
  'glossary.topic.platform': '平台与规则',
  'glossary.topic.tools': '工具与后台',
  'glossary.topic.other': '其他',

  'notFound.title': '页面不存在',
  'notFound.body': '这个地址没有内容，可能课程已经改名或移动。',
  'notFound.home': '回到课程首页',
} as const;

export type UiKey = keyof typeof ui;

/**
 * A lookup function over one flat table that fills `{name}` placeholders. Each feature keeps its
 * strings in its own table (src/i18n/<area>.ts), so a page ships only the strings it shows.
 */
export function translator<T extends Record<string, string>>(table: T) {
  return (key: keyof T, values: Record<string, string | number> = {}): string =>
    String(table[key]).replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}

/** The site-wide strings: layout, lessons, progress, storage notices. */
export const t = translator(ui);
