// Time expressions: the public surface of src/language/times/ for the language stage.
export { defaultTimeOptions, findTimeExpressions, timeAnchorFromDate, type TimeOptions } from './find-time-expressions.js';
export { formatResolvedTime } from './calendar.js';
