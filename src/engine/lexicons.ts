/**
 * Built-in word lists of the engine. All terms are written normalised (lower case, half-width,
 * Simplified, Arabic digits), the form replies take after `matchView`.
 */
import { NUMERAL_CHARS } from './numerals.ts';
import { NEGATORS, dropOverlaps, findAny, findTerm, isDenied, isNegated, overlapsAny, type Hit } from './match.ts';

/** The lexicons a `forbidden` check can switch on. */
export const LEXICON_IDS = ['absolute', 'off-platform', 'rude'] as const;
export type LexiconId = (typeof LEXICON_IDS)[number];

// ---- 广告法极限词 ---------------------------------------------------------------------------

/** Absolute claims banned by the advertising law (广告法), without special rules. */
const ABSOLUTE_PLAIN = [
  '国家级',
  '世界级',
  '全球级',
  '顶级',
  '顶尖',
  '极品',
  '绝对',
  '万能',
  '史无前例',
  '零风险',
  '0风险',
  '无敌',
  '王牌',
  '首选',
  '独一无二',
  '独家',
  '永久',
  '根治',
  'no.1',
  'top1',
];

/** 最 words of ordinary speech: time and estimates, never a claim about the product. */
const ZUI_ALWAYS_FINE = ['最近', '最后', '最终', '最起码', '最迟', '最晚', '最早'];
/**
 * 最 words that are advice or estimates when a verb or an object follows ("最好先量一下",
 * "最快明天到", "最多3天"), and claims when they end the phrase or describe a noun
 * ("质量最好", "最好的面料", "最快的快递").
 */
const ZUI_ADVERBS = ['最好', '最快', '最多', '最少'];
const ZUI_CLAIM_AFTER = new Set(['的', '不', '了', '啦', '哦', '呀', '']);

/** Ordinals that are not rankings: 第一次, 第一时间, 第一步 … (but 第一名, 销量第一 are claims). */
const ORDINAL_FINE = ['次', '时间', '天', '步', '件', '个', '条', '单', '批', '眼', '份', '周', '年', '月', '句', '点', '位', '期', '张'];

/** 100% is a fact, not a claim, when it gives a material's share: 100%纯棉. */
const MATERIALS = ['纯棉', '棉', '羊毛', '羊绒', '真丝', '桑蚕丝', '蚕丝', '亚麻', '涤纶', '聚酯纤维', '纯羊毛', '牛皮', '头层牛皮', '纯银', '纯铜'];
const HUNDRED_PERCENT = ['100%', '百分百', '百分之百'];

const isWordChar = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);

function absoluteHits(text: string): Hit[] {
  const hits: Hit[] = [...findAny(text, ABSOLUTE_PLAIN)];
  for (const hit of findTerm(text, '最')) {
    if (ZUI_ALWAYS_FINE.some((w) => text.startsWith(w, hit.s))) continue;
    const adverb = ZUI_ADVERBS.find((w) => text.startsWith(w, hit.s));
    if (adverb) {
      const after = text[hit.s + adverb.length] ?? '';
      if (!ZUI_CLAIM_AFTER.has(after) && isWordChar(after)) continue;
    }
    // Highlight the word, not the lone 最: 最好, 最低价 …
    const next = text[hit.e] ?? '';
    hits.push({ term: '最', s: hit.s, e: isWordChar(next) ? hit.e + next.length : hit.e });
  }
  for (const term of ['第一', '第1']) {
    for (const hit of findTerm(text, term)) {
      if (term === '第1' && /[0-9.]/.test(text[hit.e] ?? '')) continue; // 第10, 第1.5
      if (ORDINAL_FINE.some((w) => text.startsWith(w, hit.e))) continue;
      hits.push(hit);
    }
  }
  for (const hit of findAny(text, HUNDRED_PERCENT)) {
    if (MATERIALS.some((m) => text.startsWith(m, hit.e))) continue;
    hits.push(hit);
  }
  // "不敢说100%", "不是最便宜的": a denied superlative is no claim. Only a negation before counts:
  // in "绝对不会掉色" the 不会 belongs to the claim.
  return dropOverlaps(hits).filter((h) => !isNegated(text, h.s));
}

// ---- 站外联系 ------------------------------------------------------------------------------

/** Moving the customer off the platform (平台规则 forbids it: no protection, no record). */
const OFF_PLATFORM = [
  '加微信',
  '加我微信',
  '加个微信',
  '加下微信',
  '微信号',
  '微信联系',
  '微信聊',
  '微信转账',
  '微信付',
  '加v',
  '加vx',
  '加wx',
  'vx',
  'wx',
  'v信',
  '薇信',
  '威信',
  '加qq',
  'qq',
  '扣扣',
  '支付宝转账',
  '转账给',
  '直接转账',
  '银行卡转账',
  '私下交易',
  '线下交易',
  '私下付款',
  '私下联系',
  '加好友',
];

/** A mainland mobile number, with or without spaces or hyphens: 138 0013 8000. */
const MOBILE = /(?<![0-9])1[3-9][0-9](?:[ -]?[0-9]){8}(?![0-9])/g;

function offPlatformHits(text: string): Hit[] {
  const hits = findAny(text, OFF_PLATFORM).filter((h) => !isDenied(text, h));
  for (const m of text.matchAll(MOBILE)) hits.push({ term: '手机号码', s: m.index, e: m.index + m[0].length });
  return dropOverlaps(hits);
}

// ---- 不礼貌用语 ----------------------------------------------------------------------------

/** Phrases that blame or brush off the customer. */
const RUDE = [
  '爱买不买',
  '不买拉倒',
  '买不起',
  '你自己看',
  '自己不会看',
  '不会自己看',
  '关我什么事',
  '不关我事',
  '关我屁事',
  '你烦不烦',
  '烦不烦',
  '烦死了',
  '你有病',
  '神经病',
  '闭嘴',
  '滚开',
  '给我滚',
  '你滚',
  '爱咋咋地',
  '随便你',
  '听不懂吗',
  '你懂不懂',
  '你是不是傻',
  '说了多少遍',
];

function rudeHits(text: string): Hit[] {
  return findAny(text, RUDE);
}

/** Occurrences of a lexicon's terms in a normalised text. */
export function lexiconHits(id: LexiconId, text: string): Hit[] {
  switch (id) {
    case 'absolute':
      return absoluteHits(text);
    case 'off-platform':
      return offPlatformHits(text);
    case 'rude':
      return rudeHits(text);
  }
}

// ---- Questions ------------------------------------------------------------------------------

/**
 * Signs that a reply asks the customer something. 方便 alone is not one ("很方便"), only in
 * polite requests ("方便告诉我…", "方便的话").
 */
export const QUESTION_MARKERS = ['?', '吗', '呢', '请问', '能否', '可否', '是否', '方便告诉', '方便说', '方便提供', '方便发', '方便的话'];

/** Question words: "您看选哪个", "平时穿多大码", "有没有量过腰围". */
const INTERROGATIVES = [
  '哪',
  '多少',
  '多大',
  '多高',
  '多重',
  '多长',
  '几号',
  '几码',
  '几点',
  '怎么样',
  '如何',
  '是不是',
  '要不要',
  '能不能',
  '可不可以',
  '有没有',
  '会不会',
  '好不好',
  '行不行',
  '对不对',
  '需不需要',
];

/** Polite requests for information: "麻烦说一下身高体重", "请您确认一下地址", "告诉我型号". */
const REQUEST = /(?:麻烦|劳烦|请)(?:您|亲)?(?:再)?(?:告诉|说|发|提供|确认|描述|拍|回复|报)|告诉我|跟我说|发给我|发我/g;

/** Where a reply asks the customer something; none means it asks nothing. */
export function questionHits(text: string): Hit[] {
  const hits = [...findAny(text, QUESTION_MARKERS), ...findAny(text, INTERROGATIVES)];
  // 什么 asks ("想要什么颜色"), except in the closing offer "有什么问题随时找我".
  for (const hit of findTerm(text, '什么')) if (text[hit.s - 1] !== '有') hits.push(hit);
  for (const m of text.matchAll(REQUEST)) hits.push({ term: m[0], s: m.index, e: m.index + m[0].length });
  return dropOverlaps(hits);
}

// ---- Facts ----------------------------------------------------------------------------------

/** Words that say a size is in stock. */
export const IN_STOCK = ['有货', '现货', '有库存', '库存充足', '货源充足', '可以拍', '放心拍', '能拍', '可以下单'];
/** Words that say it is not; checked first, since 没有现货 contains 现货. */
export const OUT_OF_STOCK = [
  '没货',
  '无货',
  '缺货',
  '断货',
  '售罄',
  '卖完',
  '卖光',
  '没有货',
  '没库存',
  '没有库存',
  '库存不足',
  '暂无库存',
  '没有现货',
  '无现货',
  '不能拍',
  '不可以拍',
  '拍不了',
  '下架',
  '补货',
];

/** Stock hits: out-of-stock words, and in-stock words that are not part of one. */
export function stockHits(text: string): { inStock: Hit[]; outOfStock: Hit[] } {
  const outOfStock = findAny(text, OUT_OF_STOCK);
  const inStock = findAny(text, IN_STOCK).filter((h) => !overlapsAny(h, outOfStock));
  return { inStock, outOfStock };
}

/** Words before a number that make it a stock figure: 还剩3件, 库存12. */
export const STOCK_CONTEXT = ['剩', '库存', '还有', '只有', '仅有', '仅剩'];
/** Measure words after a counted number. */
export const COUNT_WORDS = '件个条双套只份';

/** Courier companies, each with the names trainees use for it. */
export const COURIERS: readonly (readonly string[])[] = [
  ['顺丰'],
  ['中通'],
  ['圆通'],
  ['申通'],
  ['韵达'],
  ['极兔'],
  ['百世', '汇通'],
  ['京东快递', '京东物流'],
  ['邮政', 'ems'],
  ['德邦'],
  ['天天快递'],
  ['丰网'],
  ['跨越速运'],
];

/** Money: ¥399, 399元, 399块, 399 rmb. */
export const CURRENCY_BEFORE = ['¥', 'rmb'];
export const CURRENCY_AFTER = ['元', '块', '圆', 'rmb'];

/**
 * Every string the built-in checks can match. The browser's fold table keeps the Traditional
 * forms of exactly these characters (plus the scenario's own terms), see `compileScenario`.
 */
export function builtInStrings(): string[] {
  return [
    ...ABSOLUTE_PLAIN,
    '最',
    ...ZUI_ALWAYS_FINE,
    ...ZUI_ADVERBS,
    ...ZUI_CLAIM_AFTER,
    '第一',
    ...ORDINAL_FINE,
    ...MATERIALS,
    ...HUNDRED_PERCENT,
    ...OFF_PLATFORM,
    ...RUDE,
    ...QUESTION_MARKERS,
    ...IN_STOCK,
    ...OUT_OF_STOCK,
    ...STOCK_CONTEXT,
    COUNT_WORDS,
    ...COURIERS.flat(),
    ...CURRENCY_BEFORE,
    ...CURRENCY_AFTER,
    ...NEGATORS,
    NUMERAL_CHARS,
    '码号',
  ];
}
