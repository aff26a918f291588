// What a masked natural person looks like when published: the surname and 某 or *, nothing of
// the given name. Pure and free of imports so that the party schema and the personal-data check
// can both use it without importing each other.

export const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '令狐', '慕容', '司徒', '夏侯', '公孙', '长孙', '尉迟', '宇文', '端木', '澹台', '呼延', '独孤', '南宫', '西门', '万俟', '申屠', '轩辕', '钟离', '闻人'] as const;

/** Characters that stand for a hidden character of a name: 某, asterisks, crosses, circles. */
export const MASK_CHARACTERS = '某*＊×xX○〇';

const MASKED_NAME = new RegExp(`^(?:(?:${COMPOUND_SURNAMES.join('|')}|[\\u3400-\\u9fff])?[${MASK_CHARACTERS}]+[甲乙丙丁戊己庚辛壬癸]?)$`);

/**
 * A natural person as published: the surname (one character, or a compound surname such as 欧阳)
 * followed by 某 or *, e.g. 张某, 张*, 欧阳某, 张某甲; or no name at all (某某). 张三某 and 张*明
 * still show part of the given name.
 */
export function isMaskedPersonName(name: string): boolean {
  return MASKED_NAME.test(name.trim());
}
