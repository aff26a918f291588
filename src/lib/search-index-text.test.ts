import { expect, it } from 'vitest';
import { foldWidth, prepareHtmlForIndex, segmentForIndex } from './search-index-text.ts';
import { searchAttributes } from './search-page-attributes.ts';
import { seededRandom } from '../../tests/fixtures/seeded-random.ts';

it('folds full-width letters and digits but keeps Chinese punctuation', () => {
  expect(foldWidth('ＲＦ－ＸＫ－００１，①㎡')).toBe('RF－XK－001，1m2');
});

it('makes every Chinese character a word of its own', () => {
  expect(segmentForIndex('防空地下室 RF-XK-001 示防罚决〔２０２５〕1号')).toBe(
    '防\u200b空\u200b地\u200b下\u200b室 RF-XK-001 示\u200b防\u200b罚\u200b决〔2025〕1号',
  );
});

it('folds and splits in one pass exactly as folding first and then splitting the runs would', () => {
  // The two steps as first written: widths folded, then each run of Chinese characters split.
  const twoSteps = (text: string) => foldWidth(text).replace(/\p{Script=Han}{2,}/gu, (run) => Array.from(run).join('\u200b'));
  // Chinese characters in and outside the BMP, compatibility ideographs and radicals (Han), forms
  // whose NFKC is Chinese (㊀) or not letters (㈠), full-width letters and digits, spaces.
  const alphabet = [...'防空地下室竣工验收ＡＢｚ１２３①㎡，。：〔〕a b1-𠀀𠀁﨑⼀㊀㈠\u3000\u00a0\u200b'];
  const random = seededRandom(20261201);
  for (let at = 0; at < 5000; at += 1) {
    const length = Math.floor(random() * 24);
    const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    expect(segmentForIndex(text), JSON.stringify(text)).toBe(twoSteps(text));
  }
});

it('ends a term of a description list with a colon unless it has one, so that excerpts read as label and value', () => {
  expect(prepareHtmlForIndex('<dl><div><dt>行使层级</dt><dd>市级</dd></div><dt>状态：</dt><dd>在用</dd><dt><span>网上办理</span> </dt><dd><a href="/x">进入</a></dd><dt><img src="/a.svg" alt=""></dt><dd>图</dd></dl>')).toBe(
    '<dl><div><dt>行\u200b使\u200b层\u200b级：</dt><dd>市\u200b级</dd></div><dt>状\u200b态：</dt><dd>在\u200b用</dd><dt><span>网\u200b上\u200b办\u200b理</span> ：</dt><dd><a href="/x">进\u200b入</a></dd><dt><img src="/a.svg" alt=""></dt><dd>图</dd></dl>',
  );
});

it('ends a table cell with a space unless it has one', () => {
  expect(prepareHtmlForIndex('<table><tr><th>文书号</th><th>相对人 </th><td></td></tr><tr><td><a href="/a">示防许</a></td><td>公司</td></tr></table>')).toBe(
    '<table><tr><th>文\u200b书\u200b号 </th><th>相\u200b对\u200b人 </th><td></td></tr><tr><td><a href="/a">示\u200b防\u200b许</a> </td><td>公\u200b司 </td></tr></table>',
  );
});

it('changes text, not tags, attribute values, scripts or styles', () => {
  const html = '<div data-pagefind-filter="类别:服务指南"><h1 title="防空">防空</h1><script>var a="防空"</script><style>p::after{content:"防空"}</style>地下室</div>';
  expect(prepareHtmlForIndex(html)).toBe(
    '<div data-pagefind-filter="类别:服务指南"><h1 title="防空">防\u200b空</h1><script>var a="防空"</script><style>p::after{content:"防空"}</style>地\u200b下\u200b室</div>',
  );
});

it('gives an indexed page its filters, one meta value per element, a sort key and its codes as tokens', () => {
  const attributes = searchAttributes('服务指南', '2025-01-06', { 权力类型: '行政许可', 实施主体: '示例市人民防空办公室', 年度: [2024, 2025], 备注: undefined }, [
    'RF-XK-001-01',
    undefined,
    '示防罚决〔２０２５〕1号',
    'RF-XK-001-01',
  ]);
  expect(attributes).toEqual({
    filters: ['类别:服务指南', '权力类型:行政许可', '主体:示例市人民防空办公室', '年度:2024', '年度:2025'],
    meta: ['类别:服务指南', 'date:2025-01-06'],
    sort: 'date:2025-01-06',
    codes: ['RF-XK-001-01', 'RF XK 001 01', '示防罚决〔２０２５〕1号', '示 防 罚 决 2025 1 号'],
  });
  expect(searchAttributes('信息公开指南', undefined, {}, []).sort).toBe('date:0000-00-00');
  expect(searchAttributes('信息公开指南', undefined, {}, []).meta).toEqual(['类别:信息公开指南']);
  // What the page stands for in ranking: its kind's key, or a page of no kind its own weight.
  expect(searchAttributes('服务指南', '2025-01-06', {}, [], { kind: 'services' }).meta).toEqual(['类别:服务指南', 'date:2025-01-06', 'kind:services']);
  expect(searchAttributes('信息公开指南', undefined, {}, [], { weight: 3 }).meta).toEqual(['类别:信息公开指南', 'weight:3']);
});
