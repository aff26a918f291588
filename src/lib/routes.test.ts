import { expect, it } from 'vitest';
import { entryPath, listPath } from './routes.ts';

it('builds stable addresses from codes', () => {
  expect(entryPath('services', 'RF-XK-001-01')).toBe('/services/RF-XK-001-01/');
  expect(entryPath('penalties', 'CF-2025-001')).toBe('/enforcement/penalties/CF-2025-001/');
  expect(entryPath('reports', 'archive/fzzf-2019')).toBe('/reports/archive/fzzf-2019/');
  expect(listPath('inspectionPlans')).toBe('/enforcement/inspections/');
});
