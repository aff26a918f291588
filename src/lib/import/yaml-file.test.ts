import { describe, expect, it } from 'vitest';
import { joinMarkdown, splitMarkdown, updatedYaml } from './yaml-file.ts';

describe('Markdown entries', () => {
  const file = '---\n# 标题按发文稿\ntitle: 旧标题\ncode: A-1\n---\n\n正文第一段。\n\n- 一项\n  - 其下一项\n';

  it('splits front matter from body and joins them back as content/ writes them', () => {
    const parts = splitMarkdown(file)!;
    expect(parts).toEqual({ front: '# 标题按发文稿\ntitle: 旧标题\ncode: A-1\n', body: '\n正文第一段。\n\n- 一项\n  - 其下一项\n' });
    expect(joinMarkdown(parts.front, parts.body)).toBe(file);
    expect(joinMarkdown('code: A-1\n', '')).toBe('---\ncode: A-1\n---\n');
    // A thematic break in the body is no end of the front matter.
    expect(splitMarkdown('---\ncode: A-1\n---\n甲\n\n---\n\n乙\n')).toEqual({ front: 'code: A-1\n', body: '甲\n\n---\n\n乙\n' });
    expect(splitMarkdown('没有前置元数据')).toBeUndefined();
  });

  it('changes only the edited value of the front matter and keeps the comments', () => {
    const { front } = splitMarkdown(file)!;
    expect(updatedYaml(front, { title: '新标题', code: 'A-1' })).toBe('# 标题按发文稿\ntitle: 新标题\ncode: A-1\n');
  });
});
