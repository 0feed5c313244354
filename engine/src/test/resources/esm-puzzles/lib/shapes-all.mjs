export * from './shapes.mjs';
export * as shapes from './shapes.mjs';
export { default as makeDefault, Square as Box } from './shapes.mjs';
export default 42;
