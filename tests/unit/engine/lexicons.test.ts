import { describe, expect, test } from 'vitest';
import { lexiconHits, questionHits, stockHits, type LexiconId } from '../../../src/engine/lexicons.ts';
import { matchView } from '../../../src/engine/rubric.ts';
import { fullFoldTable } from '../../../src/lib/t2s.ts';

const fold = fullFoldTable();
const hits = (id: LexiconId, text: string): string[] => {
  const view = matchView(text, fold);
  return lexiconHits(id, view.text).map((h) => view.text.slice(h.s, h.e));
};

describe('absolute terms (广告法极限词)', () => {
  describe.each([
    ['最近有活动吗', '最近: time'],
    ['这是最后一件了', '最后: time'],
    ['最终价格以下单页为准', '最终'],
    ['您最好先量一下肩宽', '最好 + verb: advice'],
    ['最快明天就能到', '最快 + time: an estimate'],
    ['最多3天发货', '最多 + number: a bound'],
    ['最晚后天发出', '最晚'],
    ['我们第一时间帮您处理', '第一时间'],
    ['第一次购买可以领券', '第一次'],
    ['第一步先申请退款', '第一步'],
    ['面料是100%纯棉', '100% + material'],
    ['百分之百桑蚕丝', '百分之百 + material'],
    ['第10件半价', '第10 is not 第1'],
    ['我不敢说100%不掉色', 'a denied claim'],
    ['虽然不是最便宜的，但做工扎实', 'a denied superlative'],
  ])('%s', (text, why) => {
    test(`is allowed (${why})`, () => {
      expect(hits('absolute', text)).toEqual([]);
    });
  });

  describe.each([
    ['这是最好的面料', ['最好']],
    ['这款质量最好', ['最好']],
    ['全网最低价', ['最低']],
    ['最便宜的一款', ['最便']],
    ['最快的快递', ['最快']],
    ['销量第一的品牌', ['第一']],
    ['第一品牌', ['第一']],
    ['顶级面料，国家级工艺', ['顶级', '国家级']],
    ['绝对正品', ['绝对']],
    ['100%有效', ['100%']],
    ['百分百满意', ['百分百']],
    ['NO.1 的选择', ['no.1']],
    ['這是最好的', ['最好']],
    ['绝对不会掉色', ['绝对']],
  ])('%s', (text, expected) => {
    test(`is flagged: ${expected.join('、')}`, () => {
      expect(hits('absolute', text)).toEqual(expected);
    });
  });
});

describe('off-platform contact (站外联系)', () => {
  test.each([
    ['加我微信吧', ['加我微信']],
    ['加vx聊', ['加vx']],
    ['我的ＱＱ是12345', ['qq']],
    ['打我电话 138-0013-8000', ['138-0013-8000']],
    ['手机13800138000', ['13800138000']],
    ['一三八零零一三八零零零', ['13800138000']],
    ['我直接支付宝转账给您', ['支付宝转账']],
    ['加\u200b微信', ['加微信']],
    ['要不要加微信聊', ['加微信']],
    ['加不加微信都行', ['加微信']],
    ['可不可以加vx', ['加vx']],
  ])('flags %s', (text, expected) => {
    expect(hits('off-platform', text)).toEqual(expected);
  });

  test.each([
    ['平台规定不能加微信哦'],
    ['抱歉，不可以私下加微信'],
    ['加微信不行哈，咱们就在旺旺上聊'],
    ['私下转账给您是不允许的'],
    ['我们不加微信的'],
    ['支持微信支付吗'],
    ['订单号 3958 2210 4471'],
    ['qqq'],
    ['faqq'],
  ])('allows %s', (text) => {
    expect(hits('off-platform', text)).toEqual([]);
  });
});

describe('rude phrases (不礼貌用语)', () => {
  test('flags brush-offs and insults', () => {
    expect(hits('rude', '爱买不买，你自己看详情页')).toEqual(['爱买不买', '你自己看']);
  });

  test('allows ordinary polite text', () => {
    expect(hits('rude', '您可以看一下详情页，有问题随时问我')).toEqual([]);
  });
});

describe('questionHits', () => {
  const asks = (text: string): boolean => {
    const view = matchView(text, fold);
    return questionHits(view.text).length > 0;
  };

  test.each([
    '方便说一下身高体重吗',
    '您看选哪个颜色',
    '平时穿多大码',
    '有没有量过腰围',
    '麻烦说一下身高体重',
    '请您确认一下收货地址',
    '想要什么颜色',
    '請問您的身高體重',
    '您是要两份，还是拍重复了?',
  ])('%s asks', (text) => {
    expect(asks(text)).toBe(true);
  });

  test.each(['好的，今天就给您发出', '有什么问题随时找我', '这款很方便携带', '我们这几天都会发货'])('%s does not ask', (text) => {
    expect(asks(text)).toBe(false);
  });
});

describe('stockHits', () => {
  test('does not read 现货 inside 没有现货 as in stock', () => {
    const view = matchView('暂时没有现货', fold);
    const { inStock, outOfStock } = stockHits(view.text);
    expect(inStock).toEqual([]);
    expect(outOfStock.map((h) => h.term)).toEqual(['没有现货']);
  });
});
