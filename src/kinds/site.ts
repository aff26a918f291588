// content/site.yaml: the office itself (name, codes, contacts, records), one file.
import { siteSchema } from '../schemas/site.ts';
import { defineSingle } from './define.ts';

export default defineSingle({ label: '网站与机关信息', schema: siteSchema });
