// Object.freeze / seal / preventExtensions on arrays: the mutating methods throw.
const COLORS = Object.freeze(['red', 'green']);
const tries = {
  push: () => COLORS.push('blue'),
  pop: () => COLORS.pop(),
  shift: () => COLORS.shift(),
  unshift: () => COLORS.unshift('black'),
  index: () => { 'use strict'; COLORS[0] = 'pink'; },
};
for (const [name, fn] of Object.entries(tries)) {
  try { console.log(name, 'returned', fn()); } catch (e) { console.log(name, '->', `${e.name}: ${e.message}`); }
}
console.log(COLORS, Object.keys(COLORS), JSON.stringify(COLORS), Object.isFrozen(COLORS));
const sealed = Object.seal([1, 2]);
sealed[0] = 10;
try { sealed.push(3); } catch (e) { console.log('sealed push:', e.message); }
try { sealed.pop(); } catch (e) { console.log('sealed pop:', e.message); }
console.log(sealed, sealed.length);
const fixed = Object.preventExtensions([7, 8, 9]);
console.log(fixed.pop(), fixed);
try { fixed.push(1); } catch (e) { console.log('fixed push:', e.message); }
console.log([...COLORS].concat('blue'), COLORS.map((c) => c.toUpperCase()), COLORS.slice(1));
try { (255).toString(37); } catch (e) { console.log(`${e.name}: ${e.message}`); }
console.log((255).toString(16), Object.freeze.name, Object.freeze.length);
