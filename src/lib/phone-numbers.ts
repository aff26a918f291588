// A phone field may hold several numbers ("0999-12345678、12345") and extensions
// ("0999-12345678转801"). A tel: link dials one number, so the text is split into one dialable
// link per number; an extension is dialled after a pause (the comma of RFC 3966 dialers).

export interface PhoneNumber {
  /** The number as written, for display ("0999-12345678转801"). */
  text: string;
  /** The href to dial it: "tel:0999-12345678,801". */
  href: string;
}

// Separators between numbers that the schema's phone() allows: 、 ， , and spaces around them.
const SEPARATORS = /\s*[、，,]\s*/;
// Full-width digits and brackets written by hand in Chinese text.
const toHalfWidth = (text: string) =>
  text.replace(/[０-９（）]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/—/g, '-');

/** Dialable digits of one number: digits, a leading +, and the area code's dash kept for reading. */
function dialable(text: string): string {
  const [main = '', extension] = toHalfWidth(text).split('转');
  const digits = main.replace(/[^0-9+-]/g, '').replace(/^-+|-+$/g, '');
  const ext = extension?.replace(/[^0-9]/g, '');
  return ext ? `${digits},${ext}` : digits;
}

/** The numbers in a phone field, each with its own tel: link; text without digits gives none. */
export function phoneNumbers(field: string): PhoneNumber[] {
  return field
    .split(SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => /[0-9０-９]/.test(part))
    .map((text) => ({ text, href: `tel:${dialable(text)}` }));
}
