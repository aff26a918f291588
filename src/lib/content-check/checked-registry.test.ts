// The build keeps the check's result for its whole run: only what later steps read may stay in it.
import { describe, expect, it } from 'vitest';
import { checkAfter } from './test-tree.ts';
import { checkedAlready, keepChecked, keptOf } from './checked-registry.ts';

describe('keptOf', () => {
  it('keeps the problems, each entry’s place and data, and what it validated to, without its YAML document or body', async () => {
    const result = await checkAfter({});
    const kept = keptOf(result);
    expect(kept.problems).toBe(result.problems);
    expect(kept.valid).toBe(result.valid);
    expect(kept.today).toBe(result.today);
    expect(Object.keys(kept.entries)).toEqual(Object.keys(result.entries));
    const services = result.entries.services ?? [];
    expect(services.length).toBeGreaterThan(0);
    expect(services[0]?.body).toBeDefined();
    kept.entries.services?.forEach((entry, index) => {
      const source = services[index]!;
      expect(entry).toEqual({ kind: source.kind, id: source.id, file: source.file, absolutePath: source.absolutePath, data: source.data });
      expect(entry.data).toBe(source.data);
      expect(Object.keys(entry)).not.toContain('doc');
    });
  });

  it('is what the registry hands out for a project folder, under its path with or without a trailing slash', async () => {
    const result = await checkAfter({});
    const root = `/tmp/gongkai-registry-test-${process.pid}`;
    keepChecked(`${root}/`, Promise.resolve(result));
    const kept = await checkedAlready(root);
    expect(kept?.entries).toEqual(keptOf(result).entries);
    expect(kept?.entries.services?.[0]).not.toHaveProperty('lineCounter');
  });
});
