// Site search in a real browser over the sample office: a table of queries, each with the page
// it must return in the top 3; filters, sort and filter-only browsing; shared addresses and the
// back button; what is and is not indexed; accessibility with results shown.
import { describe, expect, it } from 'vitest';
import { DESKTOP, useSite, withPage, axeViolations, settled, resultUrls, searchPage, q } from './support.ts';

const site = useSite();
const searchFor = (address: string) => searchPage(site, address);

// [what it tests, search address, the page that must be among the first three results]
const table: [string, string, string][] = [
  // Two-character terms
  ['two characters: 验收', q('验收'), '/powers/RF-QT-001/'],
  ['two characters: 报废', q('报废'), '/services/RF-XK-006-01/'],
  ['two characters: 警报', q('警报'), '/alarm-tests/'],
  // The guide a citizen acts on, which now comes before the power and the 执法事项 of the same name.
  ['two characters: 拆除', q('拆除'), '/services/RF-XK-003-01/'],
  ['two characters: 易地', q('易地'), '/powers/RF-XK-002/'],
  ['two characters: 奖励', q('奖励'), '/powers/RF-JL-001/'],
  ['two characters: 抽查', q('抽查'), '/enforcement/inspections/'],
  ['two characters: 暂扣 (an officer’s certificate status)', q('暂扣'), '/enforcement/officers/99010021005/'],
  ['two characters: 废水', q('废水'), '/enforcement/penalties/CF-2026-002/'],
  ['two characters the dictionaries split differently: 密闭 (the inspection item for 防护密闭 equipment)', q('密闭'), '/enforcement/inspection-items/CC-004/'],
  ['a person’s name: 周建华', q('周建华'), '/enforcement/officers/99010021001/'],
  ['a whole title: 防空地下室易地修建审批', q('防空地下室易地修建审批'), '/powers/RF-XK-002/'],
  // Substrings of longer words
  ['substring: 地下室 in 防空地下室', q('地下室'), '/powers/RF-XK-002/'],
  ['substring across words: 防空地下', q('防空地下'), '/powers/RF-ZS-001/'],
  ['substring: 竣工验 of 竣工验收', q('竣工验'), '/powers/RF-QT-001/'],
  ['substring: 易地建设 of 易地建设费', q('易地建设'), '/powers/RF-ZS-001/'],
  ['substring: 试鸣 of 试鸣公告', q('试鸣'), '/alarm-tests/'],
  ['substring: 锦程 of a company name', q('锦程'), '/enforcement/penalties/CF-2025-001/'],
  ['substring: 瑞丰 of a company name', q('瑞丰'), '/enforcement/penalties/CF-2026-002/'],
  ['substring: 法治政府 of a report title', q('法治政府'), '/reports/fzzf-2025/'],
  ['substring: 信息公开工作', q('信息公开工作'), '/reports/xxgk-2025/'],
  ['substring: 质量监督站', q('质量监督站'), '/enforcement/subjects/12990100MB2345678X/'],
  ['a keyword of the entry: 结建', q('结建'), '/powers/RF-XK-001/'],
  ['words run together, found by their parts: 防空地下室审批材料', q('防空地下室审批材料'), '/services/RF-XK-002-01/'],
  // Codes
  ['事项编码', q('RF-XK-003'), '/powers/RF-XK-003/'],
  ['事项编码 in full-width forms', q('ＲＦ－ＸＫ－００３'), '/powers/RF-XK-003/'],
  ['实施编码', q('RF-XK-001-01'), '/services/RF-XK-001-01/'],
  ['基本编码', q('000183001000'), '/services/RF-XK-001-01/'],
  ['执法证号', q('99010021005'), '/enforcement/officers/99010021005/'],
  ['执法证号 in full-width digits', q('９９０１００２２００１'), '/enforcement/officers/99010022001/'],
  ['索引号', q('11990100MB1234567F/2025-00214'), '/enforcement/officers/99010021005/'],
  ['统一社会信用代码', q('12990100MB2345678X'), '/enforcement/subjects/12990100MB2345678X/'],
  // Document numbers
  ['文号 with 〔〕', q('示防罚决〔2025〕1号'), '/enforcement/penalties/CF-2025-001/'],
  ['文号 with [] typed instead of 〔〕', q('示防罚决[2026]2号'), '/enforcement/penalties/CF-2026-002/'],
  ['文号 with full-width digits', q('示防许〔２０２５〕２７号'), '/enforcement/permits/XK-2025-002/'],
  ['文号 of a report', q('示防办〔2026〕2号'), '/reports/xxgk-2025/'],
  // Browsing by filters alone
  ['filter only: 类别 服务指南', `?kind=${encodeURIComponent('服务指南')}`, '/services/RF-XK-001-01/'],
  ['filter only: 权力类型 行政处罚, newest first', `?type=${encodeURIComponent('行政处罚')}`, '/enforcement/penalties/CF-2026-002/'],
  ['filter only: 年度 and 类别', `?year=2026&kind=${encodeURIComponent('执法公示')}`, '/enforcement/penalties/CF-2026-001/'],
  ['filter only: 主体', `?subject=${encodeURIComponent('示例市人民防空工程质量监督站')}`, '/enforcement/officers/99010022003/'],
  ['query and filter', `${q('竣工验收')}&kind=${encodeURIComponent('服务指南')}`, '/services/RF-QT-001-01/'],
];

describe.each(table)('%s', (_label, address, expected) => {
  it(`finds ${expected} in the top 3`, async () => {
    const { status, urls } = await searchFor(address);
    expect(status).toMatch(/找到 \d+ 条结果/);
    expect(urls.slice(0, 3)).toContain(expected);
  });
});

// What citizens and businesses type, in their own words rather than the site's titles, and the page
// that answers them: a service guide before the power it implements, an entry before its list, a
// document in force before the one it replaced, the 监督与救济 page for appeals.
const REMEDIES = '/enforcement/remedies/';
const citizenQueries: [string, string][] = [
  ['防空地下室竣工验收要带什么材料', '/services/RF-QT-001-01/'],
  ['怎么查执法证', '/enforcement/officers/'],
  ['对处罚不服怎么办', REMEDIES],
  ['警报试鸣什么时候', '/alarm-tests/'],
  ['易地建设费收费标准', '/services/RF-ZS-001-01/'],
  ['易地建设费减免', '/services/RF-ZS-001-01/'],
  ['防空地下室易地修建怎么申请', '/services/RF-XK-002-01/'],
  ['竣工验收备案怎么办', '/services/RF-QT-001-01/'],
  ['拆除人防工程要审批吗', '/services/RF-XK-003-01/'],
  ['拆除警报设施审批', '/services/RF-XK-005-01/'],
  ['人防工程报废', '/services/RF-XK-006-01/'],
  ['地下空间开发兼顾人防', '/services/RF-XK-004-01/'],
  ['新建民用建筑要不要修防空地下室', '/services/RF-XK-001-01/'],
  ['防空地下室审批要多久', '/services/RF-XK-001-01/'],
  ['免罚清单', '/enforcement/lenient/'],
  ['不予处罚清单', '/enforcement/lenient/'],
  ['从轻处罚清单', '/enforcement/lenient/'],
  ['减轻处罚清单', '/enforcement/lenient/'],
  ['免予行政强制清单', '/enforcement/lenient/'],
  ['三张清单', '/enforcement/lenient/'],
  ['行政复议', REMEDIES],
  ['投诉执法人员', REMEDIES],
  ['起诉人防办', REMEDIES],
  ['执法人员名单', '/enforcement/officers/'],
  ['执法证号查询', '/enforcement/officers/'],
  ['人防工程建设管理办法', '/documents/GF-2024-01/'],
  ['处罚裁量权基准', '/documents/GF-2025-01/'],
  ['警报设施维护管理规定', '/documents/GF-2026-02/'],
  ['怎么申请政府信息公开', '/guide/'],
  ['政府信息公开年报', '/reports/xxgk-2025/'],
  ['双随机抽查结果', '/enforcement/inspections/2025/'],
  ['行政处罚决定公示', '/enforcement/penalties/'],
  ['行政许可决定', '/enforcement/permits/'],
  ['人防设计单位名录', '/registry/'],
  ['执法流程图', '/enforcement/flows/'],
  ['执法文书样本', '/enforcement/templates/'],
  ['执法文明用语', '/enforcement/guides/YY-001/'],
  ['不建防空地下室罚款', '/powers/RF-CF-001/'],
  ['人防工程质量监督站', '/enforcement/subjects/12990100MB2345678X/'],
  ['权力清单', '/powers/'],
  ['办事指南', '/services/'],
  ['人防易地建设费交多少', '/services/RF-ZS-001-01/'],
  ['人防工程平时使用管理办法', '/documents/GF-2026-01/'],
  ['侵占人防工程怎么罚', '/powers/RF-CF-002/'],
];

// Questions as people type them on a phone, written for issue 14 without looking at the pages'
// titles: everyday and colloquial words, question forms, traditional characters, characters of the
// same sound typed by mistake (人房, 仿空), full-width digits. Each names the page that answers it.
const peoplesWords: [string, string][] = [
  ['防空地下室易地建设费怎么交', '/services/RF-ZS-001-01/'],
  ['人防易地费', '/services/RF-ZS-001-01/'],
  ['易地建设费一平米多少钱', '/fees/SF-001/'],
  ['拆除人防工程补偿多少钱', '/fees/SF-002/'],
  ['人防工程验收去哪办', '/services/RF-QT-001-01/'],
  ['人防验收备案要多长时间', '/services/RF-QT-001-01/'],
  ['人房工程报废', '/services/RF-XK-006-01/'],
  ['仿空地下室审批', '/services/RF-XK-001-01/'],
  ['防空地下室審批要什麼材料', '/services/RF-XK-001-01/'],
  ['防空警報什麼時候響', '/alarm-tests/'],
  ['警報試鳴', '/alarm-tests/'],
  ['2026年警报试鸣时间', '/alarm-tests/JB-2026/'],
  ['２０２５年警报试鸣', '/alarm-tests/JB-2025/'],
  ['被人防办罚款了不服', REMEDIES],
  ['人防罚款不服可以复议吗', REMEDIES],
  ['怎么向人防办申请公开文件', '/apply/'],
  ['查一下执法人员证件', '/enforcement/officers/'],
  ['人防地下停车场', '/civil-defense/works-use/GC-001/'],
  ['防空洞在哪里', '/civil-defense/shelters/'],
  ['附近有没有避难场所', '/civil-defense/shelters/'],
  ['人防设备生产企业名单', '/registry/'],
  ['人防监理公司有哪些', '/registry/'],
  ['人防办2026年预算', '/finance/YS-2026/'],
  ['人防工程平时使用备案能网上办吗', '/notices/TZ-2026-002/'],
  ['人防工程进水了怎么办', '/notices/TZ-2025-004/'],
  ['第一次违法会不会罚', '/enforcement/lenient/'],
  ['哪些执法决定要法制审核', '/enforcement/legal-review-items/'],
  ['执法要全程录像吗', '/enforcement/recording-items/'],
  ['处罚决定书样本', '/enforcement/templates/WS-004/'],
  ['分管人防工程的领导是谁', '/org/leaders/LD-02/'],
  ['人防办电话多少', '/org/units/NS-01/'],
  ['平时使用管理办法解读', '/interpretations/JD-2026-01/'],
  ['占用人防工程罚多少', '/enforcement/discretion/CL-002/'],
  ['人防罚款标准', '/documents/GF-2025-01/'],
  ['2025年信息公开年报', '/reports/xxgk-2025/'],
  ['人防工程质量谁监督', '/enforcement/subjects/12990100MB2345678X/'],
  // Held out: the exact first search takes 人防 also as 人民防空, as the looser ones do.
  ['人防工程竣工驗收備案', '/services/RF-QT-001-01/'],
];

describe('citizen queries', () => {
  it.each(citizenQueries)('%s puts %s in the top 3', async (query, expected) => {
    const { urls } = await searchFor(q(query));
    expect(urls.slice(0, 3)).toContain(expected);
  });
});

describe('people’s own words', () => {
  it.each(peoplesWords)('%s puts %s in the top 3', async (query, expected) => {
    const { urls } = await searchFor(q(query));
    expect(urls.slice(0, 3), `${query} → ${urls.slice(0, 5).join(' ')}`).toContain(expected);
  });
});

describe('exact look-ups', () => {
  it.each([
    [q('示防罚决〔2025〕1号'), '/enforcement/penalties/CF-2025-001/'],
    [q('示防许〔2025〕27号'), '/enforcement/permits/XK-2025-002/'],
    [q('ＲＦ－ＸＫ－００３'), '/powers/RF-XK-003/'],
    [q('RF-XK-001-01'), '/services/RF-XK-001-01/'],
    [q('99010022001'), '/enforcement/officers/99010022001/'],
    [q('11990100MB1234567F/2026-00282'), '/reports/xxgk-2025/'],
  ])('%s puts its item first', async (address, expected) => {
    expect((await searchFor(address)).urls[0]).toBe(expected);
  });
});

describe('no results', () => {
  it('are announced, with links to the lists', async () => {
    await withPage(site, `/search/${q('量子计算机')}`, async (page) => {
      expect(await settled(page)).toBe('没有找到与“量子计算机”相关的结果。');
      expect(await page.locator('#search-results li').count()).toBe(0);
      await expect(page.locator('#search-empty').isVisible()).resolves.toBe(true);
      const links = await page.locator('#search-empty a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expect(links).toEqual(expect.arrayContaining(['/services/', '/powers/', '/responsibilities/', '/enforcement/', '/reports/']));
    });
  });
});

describe('what is indexed', () => {
  it('is the page content: not the header, navigation, footer or screen-reader-only labels', async () => {
    await withPage(site, '/search/', async (page) => {
      // A string, so that the test runner does not rewrite the browser's import().
      const content: string = await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search(null, { filters: { 类别: '权力清单' } });
        const results = await Promise.all(search.results.map((result) => result.data()));
        return (results.find((result) => result.url === '/powers/RF-XK-003/')?.content ?? '').replaceAll('\\u200b', '');
      })()`);
      expect(content).toContain('拆除人民防空工程审批');
      expect(content).toContain('设定依据');
      for (const outside of ['跳到正文', '全站搜索', '主导航', '权责清单', '当前位置', '我为政府网站找错', '网站标识码', '信息公开目录信息', '发布机构']) {
        expect(content, outside).not.toContain(outside);
      }
    });
  });
  it('never finds an expired decision (CF-2025-002)', async () => {
    expect((await searchFor(q('百汇商贸'))).urls).toEqual([]);
  });
  it('never finds a withdrawn decision (CF-2025-003) by its 文号', async () => {
    const { urls } = await searchFor(q('示防罚决〔2025〕3号'));
    expect(urls.some((url) => url.includes('CF-2025-003'))).toBe(false);
  });
});

describe('results', () => {
  it('show the title, the kind, the date and the query highlighted in the excerpt', async () => {
    await withPage(site, `/search/${q('竣工验收')}`, async (page) => {
      await settled(page);
      const first = page.locator('#search-results li').first();
      await expect(first.locator('h2 a').textContent()).resolves.toBe('人民防空工程竣工验收备案');
      // The service guide, before the power entry of the same title it implements.
      await expect(first.locator('.badge').textContent()).resolves.toBe('服务指南');
      await expect(first.locator('a').getAttribute('href')).resolves.toBe('/services/RF-QT-001-01/');
      await expect(first.locator('.excerpt mark').first().textContent()).resolves.toBe('竣工验收');
    });
  });

  it('can be sorted newest first', async () => {
    await withPage(site, `/search/${q('防空地下室')}&sort=date`, async (page) => {
      await settled(page);
      const dates = await page.locator('#search-results li time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
      expect(dates.length).toBeGreaterThan(5);
      expect(dates).toEqual([...dates].sort().reverse());
    });
  });

  it('show counts beside filter values that match what choosing them gives', async () => {
    await withPage(site, `/search/${q('防空地下室')}`, async (page) => {
      await settled(page);
      // On a phone the filters are folded until opened.
      await expect(page.locator('#search-kind').isVisible()).resolves.toBe(false);
      await page.locator('#search-options summary').click();
      const option = page.locator('#search-kind option', { hasText: '服务指南' });
      const label = (await option.textContent()) ?? '';
      const count = Number(/（(\d+)）/.exec(label)?.[1]);
      expect(count).toBeGreaterThan(0);
      await page.locator('#search-kind').selectOption('服务指南');
      await page.waitForURL(/kind=/);
      expect(await settled(page)).toBe(`找到 ${count} 条结果`);
      await expect(page.locator('#search-results .badge').allTextContents()).resolves.toEqual(Array(count).fill('服务指南'));
      // The chosen filter still offers its other values with their own counts.
      const others = await page.locator('#search-kind option').allTextContents();
      expect(others.some((text) => /^权力清单（\d+）$/.test(text))).toBe(true);
    });
  });

  it('load 20 at a time', async () => {
    await withPage(site, `/search/${q('人民防空')}`, async (page) => {
      const status = await settled(page);
      const total = Number(/找到 (\d+) 条结果/.exec(status)?.[1]);
      expect(total).toBeGreaterThan(20);
      expect(await page.locator('#search-results li').count()).toBe(20);
      await page.locator('#search-more').click();
      await expect.poll(() => page.locator('#search-results li').count()).toBe(Math.min(40, total));
    });
  });
});

describe('the address', () => {
  it('restores a shared search: query, filter and sort', async () => {
    await withPage(site, `/search/${q('审批')}&kind=${encodeURIComponent('服务指南')}&sort=date`, async (page) => {
      await settled(page);
      await expect(page.locator('#search-q').inputValue()).resolves.toBe('审批');
      await expect(page.locator('#search-kind').inputValue()).resolves.toBe('服务指南');
      await expect(page.locator('#search-sort').inputValue()).resolves.toBe('date');
      // Filters in use keep the filters open, and the summary names them.
      await expect(page.locator('#search-kind').isVisible()).resolves.toBe(true);
      await expect(page.locator('#search-options summary').textContent()).resolves.toBe('筛选和排序（服务指南）');
      const badges = await page.locator('#search-results .badge').allTextContents();
      expect(badges.length).toBeGreaterThan(3);
      expect(new Set(badges)).toEqual(new Set(['服务指南']));
    });
  });

  it('follows the back and forward buttons', async () => {
    await withPage(site, `/search/${q('报废')}`, async (page) => {
      await settled(page);
      await page.locator('#search-q').fill('警报');
      await page.locator('#search-q').press('Enter');
      await page.waitForURL(/q=%E8%AD%A6%E6%8A%A5$/);
      await page.waitForFunction(() => document.querySelector('#search-results li h2 a')?.textContent?.includes('警报'));
      await page.locator('#search-options summary').click();
      await page.locator('#search-kind').selectOption('权力清单');
      await page.waitForURL(/kind=/);
      await settled(page);

      await page.goBack();
      await page.waitForURL(/q=%E8%AD%A6%E6%8A%A5$/);
      await expect(page.locator('#search-kind').inputValue()).resolves.toBe('');
      await expect.poll(async () => (await page.locator('#search-results .badge').allTextContents()).some((badge) => badge !== '权力清单')).toBe(true);

      await page.goBack();
      await page.waitForURL(/q=%E6%8A%A5%E5%BA%9F$/);
      await expect(page.locator('#search-q').inputValue()).resolves.toBe('报废');
      await expect.poll(async () => (await resultUrls(page))[0]).toBe('/services/RF-XK-006-01/');

      await page.goForward();
      await expect.poll(() => page.locator('#search-q').inputValue()).toBe('警报');
    });
  });
});

describe('the search box in the header', () => {
  it.each(['/powers/RF-XK-003/', '/enforcement/officers/', '/reports/fzzf-2025/'])('on %s searches the site', async (path) => {
    await withPage(site, path, async (page) => {
      await page.locator('#site-search-q').fill('RF-XK-006');
      await page.locator('#site-search-q').press('Enter');
      await page.waitForURL(/\/search\/\?q=RF-XK-006/);
      await settled(page);
      expect((await resultUrls(page))[0]).toBe('/powers/RF-XK-006/');
    });
  });
});

describe('the search page', () => {
  it('has a polite live region and no accessibility violations with results shown', async () => {
    await withPage(site, `/search/${q('防空地下室')}&kind=${encodeURIComponent('权力清单')}`, async (page) => {
      await settled(page);
      expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
      await expect(page.locator('#search-status').getAttribute('role')).resolves.toBe('status');
      await expect(page.locator('#search-status').getAttribute('aria-live')).resolves.toBe('polite');
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('has no accessibility violations when nothing is found', async () => {
    await withPage(site, `/search/${q('量子计算机')}`, async (page) => {
      await settled(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('without JavaScript explains itself and links to every list', async () => {
    await withPage(site, `/search/${q('验收')}`, async (page) => {
      await expect(page.locator('noscript').first().textContent()).resolves.toContain('需要启用 JavaScript');
      await expect(page.locator('#search-options').isVisible()).resolves.toBe(false);
      const links = await page.locator('nav.browse a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expect(links).toEqual(
        expect.arrayContaining(['/services/', '/powers/', '/responsibilities/', '/enforcement/', '/enforcement/officers/', '/enforcement/penalties/', '/reports/', '/guide/']),
      );
    }, { viewport: DESKTOP, javaScriptEnabled: false });
  });

  it('is the only page with client JavaScript besides the 关怀版 switch and the home page search box', async () => {
    for (const path of ['/powers/RF-XK-003/', '/enforcement/penalties/CF-2025-001/', '/services/RF-XK-001-01/']) {
      await withPage(site, path, async (page) => {
        const scripts = await page.locator('script').allTextContents();
        expect(scripts, path).toHaveLength(1);
        expect(scripts[0], path).toContain('gongkai-care-mode');
      });
    }
    await withPage(site, '/', async (page) => {
      const scripts = await page.locator('script').allTextContents();
      expect(scripts).toHaveLength(2);
      expect(scripts.filter((script) => script.includes('gongkai-care-mode'))).toHaveLength(1);
      expect(scripts.filter((script) => script.includes('site-search-q'))).toHaveLength(1);
    });
    await withPage(site, '/search/', async (page) => {
      const scripts = await page.locator('script[type="module"]').evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).src || node.textContent || ''));
      // The 关怀版 switch, the page's early shell and its search code.
      expect(scripts).toHaveLength(3);
      expect(scripts.filter((script) => script.includes('gongkai-care-mode'))).toHaveLength(1);
    });
  });
});
