export * from './errors.js';
export * from './article.js';
export * from './annotation.js';
export * from './story.js';
