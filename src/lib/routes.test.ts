import { expect, it } from 'vitest';
import { entryUrl } from './routes.ts';

it('builds stable addresses from codes, each segment encoded', () => {
  expect(entryUrl('/services/', 'RF-XK-001-01')).toBe('/services/RF-XK-001-01/');
  expect(entryUrl('/reports/', 'archive/fzzf-2019')).toBe('/reports/archive/fzzf-2019/');
  expect(entryUrl('/documents/', 'a b')).toBe('/documents/a%20b/');
});
