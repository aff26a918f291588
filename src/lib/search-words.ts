// The site's own vocabulary for search: how people type the office's words and how the pages
// write them. Kept apart from the ranking so that staff can see the word lists in one place.
//
// People type on phones in traditional characters (警報試鳴), by pinyin with the wrong character
// of the same sound (人房, 仿空), and in short or everyday forms (人防办, 易地费, 科室, 防空洞) of
// what the pages call 人民防空办公室, 易地建设费, 内设机构, 人员掩蔽工程. The browser's word list
// cuts 人防 and 试鸣 into single characters; the words below are kept whole.

/**
 * Traditional characters met in questions about this office's work, with their simplified form.
 * (A full converter such as OpenCC would cover every character; these are the ones the pages'
 * words and the usual question words are written with.)
 */
const TRADITIONAL =
  '報报 鳴鸣 試试 麼么 時时 響响 審审 驗验 處处 罰罚 費费 設设 電电 話话 辦办 號号 證证 場场 災灾 難难 護护 備备 檢检 預预 決决 質质 監监 規规 劃划 範范 圍围 衛卫 ' +
  '標标 準准 書书 請请 問问 們们 這这 個个 還还 幾几 點点 樣样 為为 於于 與与 從从 嗎吗 誰谁 裡里 裏里 區区 縣县 鄉乡 鎮镇 門门 開开 關关 網网 頁页 圖图 學学 園园 ' +
  '廣广 車车 庫库 樓楼 層层 內内 權权 責责 單单 務务 動动 員员 領领 導导 製制 條条 議议 訴诉 訟讼 複复 舉举 徵征 遷迁 買买 賣卖 價价 錢钱 繳缴 納纳 減减 補补 償偿 ' +
  '歸归 屬属 據据 執执 違违 項项 資资 訊讯 寫写 應应 間间 長长 業业 廠厂 產产 裝装 線线 聯联 絡络 達达 會会 傳传 統统 館馆 體体 檔档 舊旧 態态 狀状 況况 級级 積积 ' +
  '極极 歷历 氣气 萬万 億亿 覽览 營营 運运 計计 畫画 築筑 發发 頒颁 佈布 稅税 擬拟 異异 緊紧 戰战 爭争 專专 讓让 該该 須须 驟骤 陽阳 陰阴 風风 險险 隱隐 興兴 ' +
  '辭辞 濟济 貼贴 額额 鈔钞 碼码 廢废 繫系 負负 維维 沒没 謝谢 顧顾 隨随 機机 雙双 記记 錄录 經经 財财 選选 賠赔 訪访 詢询 ' +
  '諮咨 節节 週周 紀纪 種种 類类 適适 參参 幫帮 帶带 換换 轉转 續续 簡简 測测 繪绘 紙纸 軍军 鄰邻 擾扰 聲声 嚮向 處处';

const SIMPLE: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (const pair of TRADITIONAL.split(' ')) {
    const [traditional, simplified] = [...pair];
    if (traditional && simplified) map.set(traditional, simplified);
  }
  return map;
})();

/** Words typed with a character of the same sound, and the word meant. */
const MISTYPED: [string, string][] = [
  ['人房', '人防'],
  ['人仿', '人防'],
  ['仿空', '防空'],
  ['房空', '防空'],
  ['方空', '防空'],
  ['防空地下式', '防空地下室'],
  ['警保', '警报'],
  ['试明', '试鸣'],
  ['试名', '试鸣'],
];

/** Everyday words the pages never use, and the pages' word for the same thing. */
const EVERYDAY: [string, string][] = [
  // What people call a shelter is, in the pages' words, a 人员掩蔽工程.
  ['防空洞', '掩蔽工程'],
  ['易地费', '易地建设费'],
  ['平米', '平方米'],
  ['第一次', '初次'],
  ['首次', '初次'],
  // The standard a fine is set by is, in the pages' words, the 行政处罚裁量权基准.
  ['罚款标准', '裁量权基准'],
];

/** The query as the pages would write it: simplified characters, mistyped and everyday words in the pages' form. */
export function siteForm(text: string): string {
  let folded = [...text].map((char) => SIMPLE.get(char) ?? char).join('');
  for (const [typed, meant] of [...MISTYPED, ...EVERYDAY]) folded = folded.replaceAll(typed, meant);
  return folded;
}

/**
 * The usual short and everyday forms of the pages' words, with the forms the pages use. A page
 * holding either is found: 人防 is how people say 人民防空, 科室 what the site calls 内设机构.
 */
export const SPELLINGS: [string, string[]][] = [
  ['人防办', ['人民防空办公室']],
  ['人防', ['人民防空']],
  ['执法证', ['执法证件']],
  ['科室', ['内设机构']],
  ['占用', ['侵占']],
  ['录像', ['音像记录']],
  ['名单', ['名录']],
  ['企业', ['单位']],
];

/** A piece as people write it and as the pages may: 拆除人防工程, 拆除人民防空工程. */
export function spellings(piece: string): string[] {
  const forms = new Set([piece]);
  for (const [short, longs] of SPELLINGS) {
    for (const form of [...forms]) {
      if (!form.includes(short)) continue;
      for (const long of longs) if (!form.includes(long)) forms.add(form.replaceAll(short, long));
    }
  }
  return [...forms];
}

/**
 * Words the browser's dictionary cuts apart or does not know, kept whole when a question is cut
 * into words (longest first where one starts another).
 */
const WORDS = [
  '人防办', '人防工程', '人防', '人民防空工程', '人民防空', '试鸣', '易地建设费', '易地', '建设费', '科室', '补偿费', '执法证', '分管', '停车场',
  '避难场所', '掩蔽工程', '初次',
].sort((a, b) => b.length - a.length);

/** The office's own name and subject: on nearly every page, so they tell pages apart by nothing. */
export const SUBJECT_WORDS = new Set(['人防办', '人防', '人民防空', '人民防空办公室']);

let segmenter: Intl.Segmenter | undefined;
function dictionaryWords(text: string): string[] {
  // One segmenter for every query: making one loads the dictionary again.
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment);
}

/** A run of Chinese characters cut into words: the site's words whole, the rest by the browser's dictionary. */
export function siteWords(run: string): string[] {
  const words: string[] = [];
  let gap = '';
  const flush = () => {
    if (gap) words.push(...dictionaryWords(gap));
    gap = '';
  };
  for (let i = 0; i < run.length; ) {
    const word = WORDS.find((candidate) => run.startsWith(candidate, i));
    if (word) {
      flush();
      words.push(word);
      i += word.length;
    } else {
      gap += run[i];
      i += 1;
    }
  }
  flush();
  return words;
}

/** Words of a question that ask for one thing, and words that ask for something else first. */
export interface Question {
  asks: RegExp;
  unless?: RegExp;
}

// Questions more than one kind of page answers. The kind records say which questions their pages
// answer and how strongly (search.answers), with these or words of their own; search-rank.ts has
// those answered by what any page is (a list, a title's words).

/** Who: the leaders, the officers, the bodies that enforce. */
export const ASKS_WHO: Question = { asks: /谁|哪位|领导|负责人/ };
/** Whether one is let off: a first or minor offence, the 三张清单 (免罚, 从轻, 减轻 …). */
export const ASKS_LENIENT: Question = { asks: /初次|首次|轻微|免罚|不罚|不予处罚|从轻|减轻|会不会罚|免予/ };
/** How much one is fined; 对处罚不服 is about appeal, 会不会罚 about being let off. */
export const ASKS_FINE: Question = { asks: /罚/, unless: new RegExp(`不服|复议|诉讼|起诉|投诉|举报|申诉|${ASKS_LENIENT.asks.source}`) };
