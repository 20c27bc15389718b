/** corroborate's public API: free functions over plain data. */
export { compare, compareStory, DEFAULTS } from './compare.js';
export type { CompareOptions } from './compare.js';
export { toReport } from './report/json.js';
export { ReportSchema } from './report/schema.js';
export type { Report } from './report/schema.js';
export type * from './model/index.js';
export { errors } from './model/errors.js';
export { render } from './report/index.js';
