// content/holidays.yaml: the office's corrections to the holiday calendar, one file.
import { holidaysSchema } from '../schemas/holidays.ts';
import { defineSingle } from './define.ts';

export default defineSingle({ label: '节假日安排', schema: holidaysSchema });
