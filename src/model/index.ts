// The shared types every stage speaks. Stages import from here, never from each other's internals.
export * from './span.js';
export * from './ids.js';
export * from './diagnostic.js';
export * from './raw-document.js';
export * from './offset-map.js';
export * from './article.js';
export * from './quantity.js';
export * from './time-expression.js';
export * from './language.js';
export * from './claim.js';
export * from './analysis.js';
export * from './story.js';
