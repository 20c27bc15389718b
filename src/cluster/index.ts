/**
 * Stories from a stream of articles: an incremental, single-pass clusterer over light term vectors
 * (title and lead words, names and figures weighted up, IDF learnt as articles arrive), with an
 * inverted index over recent stories and a time window.
 */
export { createClusterer } from './clusterer.js';
export type { Assignment, Clusterer, StorySummary } from './clusterer.js';
export { DEFAULTS } from './options.js';
export type { ClusterOptions, SketchOptions } from './options.js';
export { dayOf, sketch } from './sketch.js';
export type { ClusterInput, Sketch } from './sketch.js';
export type { ClustererState, StoryState } from './state.js';
