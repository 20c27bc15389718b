/**
 * Letters and digits only, in lower case, single-spaced: the form in which lines, paragraphs and
 * quotations are compared across pages and outlets.
 * @example bareWords('“LEAKER & LIAR,” he wrote.') // 'leaker liar he wrote'
 */
export const bareWords = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
