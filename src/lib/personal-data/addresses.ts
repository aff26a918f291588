// Where a natural person lives (住址, 家住 …) is personal data a decision must not publish (行政处罚
//决定书 name the party's 住址 on paper; the published version leaves it out). Found only after a word
// that introduces a home address and only when an address follows (a place word: 省, 市, 区, 路, 号 …):
// the 住所 of a company is its registered office and public, so that word is not one of them.

export interface AddressHit {
  start: number;
  end: number;
  /** The address itself, without the word that introduced it. */
  value: string;
}

/**
 * A word introducing a home address, its separator, then the address up to the end of its clause.
 * Besides the labels (住址, 家庭地址, 户籍地址 …), decisions write "王某，男，住示例市…": 住 alone
 * after a comma, or 住在, 居住于, 暂住; 住建, 住房, 住宿 and 住所 (a company's office) are not homes.
 */
const HOME_ADDRESS =
  /(?:家住|住址|家庭住址|家庭地址|户籍地址|现住址?|居住地址?|户籍地|户籍所在地|现?居住[于在]|现居[于在]?|住在|暂住(?!证)[于在地]?|寄住[于在]?|(?<=^\s*|[,，、:：;；]\s?)住(?![建房宿所户院用])(?:[于在])?)(?:[为是在于]|[:：]|\s)*([^，,。；;！!？?\n（）()]{2,60})/g;
/** An address names a place: a division, a road or a house number. */
const PLACE = /[省市区县旗镇乡村屯街路道巷弄胡同号室栋幢楼单元组]/;
/** What stands in for an address already hidden ("住址：略", "住址不详", "某某路"). */
const HIDDEN = /^(?:略|不详|已隐去|\*+|×+|某+)|[*×]{2,}|某[省市区县镇乡村路街号]/;

/**
 * Where the party is a natural person, its 地址, 住所 (a person's domicile) and 联系地址 are a home
 * too, and so is any address down to a flat (3单元501室) with no word before it: a person's place of
 * business is no flat. A building (和平路12号, where the shelter is) stays: it is where the breach was.
 */
const PERSON_ADDRESS = /(?:地址|住所地?|联系地址|通讯地址|通信地址|送达地址)\s*(?:[为是在]|[:：])(?:[为是在于]|[:：]|\s)*([^，,。；;！!？?\n（）()]{2,60})/g;
const FLAT = /[^，,。；;！!？?\n（）():：、\s]{0,40}?(?:路|街|巷|弄|道|胡同|村|组|小区|花园|公寓|苑|园|里|社区|大院|栋|幢|单元|号楼)[^，,。；;！!？?\n（）():：、\s]{0,20}?\d+\s*(?:室|户)(?![\u4e00-\u9fff]?(?:内|外))/g;

export function findAddresses(text: string, personParty = false): AddressHit[] {
  const hits: AddressHit[] = [];
  const patterns = personParty ? [HOME_ADDRESS, PERSON_ADDRESS] : [HOME_ADDRESS];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const value = (match[1] ?? '').trim();
      if (!PLACE.test(value) || HIDDEN.test(value)) continue;
      const start = (match.index ?? 0) + match[0].length - (match[1] ?? '').length + (match[1] ?? '').indexOf(value);
      if (!hits.some((hit) => start < hit.end && hit.start < start + value.length)) hits.push({ start, end: start + value.length, value });
    }
  }
  if (personParty) {
    for (const match of text.matchAll(FLAT)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (HIDDEN.test(match[0]) || hits.some((hit) => start < hit.end && hit.start < end)) continue;
      hits.push({ start, end, value: match[0] });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
