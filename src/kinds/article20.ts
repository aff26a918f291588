// content/article20.yaml: the 第二十条 map, one file shown on /article-20/.
import { article20Schema } from '../schemas/article20.ts';
import { defineSingle } from './define.ts';

export default defineSingle({
  label: '主动公开事项对照（条例第二十条）',
  schema: article20Schema,
  page: { url: '/article-20/', under: 'leaders' },
});
