// A person's e-mail address and chat accounts (QQ, 微信). An office publishes its own mailbox,
// WeChat official account and QQ group, so these count only where they can be no office's: in a
// decision, an e-mail off the government's domains (gov.cn) and any QQ number or WeChat id; on
// other pages, one introduced as someone's own (个人邮箱, 私人微信, 本人QQ). A 公众号, 群 or
// 小程序 is the office's channel, never a person's.

export interface ContactHit {
  kind: '电子邮箱' | '社交账号';
  start: number;
  end: number;
  value: string;
}

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9])/g;
const OFFICIAL_DOMAIN = /(?:^|\.)gov\.cn$/i;
const OWN = /(?:个人|私人|本人|私用)/;
const OWN_EMAIL = new RegExp(`${OWN.source}(?:电子)?(?:邮箱|邮件|信箱|e-?mail)(?:地址)?(?:[为是:]|\\s){0,3}$`, 'i');
const CHAT = /(?<![A-Za-z0-9])(QQ|qq|Qq|扣扣|企鹅号|微信号|微信|V信|v信|薇信|wechat|WeChat|VX|vx|WX|wx)(?:号码|号|账号|ID|id)?(?:[为是:]|\s){0,3}([A-Za-z][-_A-Za-z0-9]{5,19}|[1-9]\d{4,11})(?![A-Za-z0-9@.])/g;
/** After the label: the office's channels. */
const CHANNEL_AFTER = /^(?:群|公众|服务号|订阅号|视频号|小程序|官方)/;
/** Before the label: the office's channels (官方微信, 公众号). */
const CHANNEL_BEFORE = /(?:官方|公众号?|单位|本机关|本办|群)\s*$/;
export const CONTACT_WORDS = /@|QQ|扣扣|微信|V信|薇信|企鹅号|wechat|vx|wx/i;

/** E-mail addresses and chat ids in a normalised text; `decision`: the text is a decision's. */
export function findContacts(text: string, decision: boolean): ContactHit[] {
  const hits: ContactHit[] = [];
  if (text.includes('@')) {
    for (const match of text.matchAll(EMAIL)) {
      const domain = match[0].slice(match[0].indexOf('@') + 1);
      const own = OWN_EMAIL.test(text.slice(Math.max(0, match.index - 12), match.index));
      if (own || (decision && !OFFICIAL_DOMAIN.test(domain))) hits.push({ kind: '电子邮箱', start: match.index, end: match.index + match[0].length, value: match[0] });
    }
  }
  for (const match of text.matchAll(CHAT)) {
    const label = match[1] ?? '';
    const value = match[2] ?? '';
    const labelEnd = match.index + label.length;
    if (CHANNEL_AFTER.test(text.slice(labelEnd, labelEnd + 3)) || CHANNEL_BEFORE.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
    if (!decision && !OWN.test(text.slice(Math.max(0, match.index - 3), match.index))) continue;
    const start = match.index + match[0].length - value.length;
    if (!hits.some((hit) => start < hit.end && hit.start < start + value.length)) hits.push({ kind: '社交账号', start, end: start + value.length, value });
  }
  return hits.sort((a, b) => a.start - b.start);
}
