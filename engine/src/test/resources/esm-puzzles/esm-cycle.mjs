// x imports y and y imports x: y runs first and finds x's let in its temporal dead zone,
// while x's function declarations already exist.
import { x, describeX } from './lib/cycle-x.mjs';
console.log('main', x, describeX());
