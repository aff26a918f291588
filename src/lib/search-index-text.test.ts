import { expect, it } from 'vitest';
import { foldWidth, prepareHtmlForIndex, segmentForIndex } from './search-index-text.ts';
import { searchAttributes } from './search-page-attributes.ts';

it('folds full-width letters and digits but keeps Chinese punctuation', () => {
  expect(foldWidth('ＲＦ－ＸＫ－００１，①㎡')).toBe('RF－XK－001，1m2');
});

it('makes every Chinese character a word of its own', () => {
  expect(segmentForIndex('防空地下室 RF-XK-001 示防罚决〔２０２５〕1号')).toBe(
    '防\u200b空\u200b地\u200b下\u200b室 RF-XK-001 示\u200b防\u200b罚\u200b决〔2025〕1号',
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
});
