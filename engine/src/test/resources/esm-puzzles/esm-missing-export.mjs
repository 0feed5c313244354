// Linking fails before any module runs: nothing is printed.
console.log('never printed');
import { nope } from './lib/counter.mjs';
