// Symbol.toStringTag: Object.prototype.toString, String(), template literals and inspect.
const util = require('util');
class Tagged {
  get [Symbol.toStringTag]() { return 'Special'; }
}
console.log(new Tagged(), Object.prototype.toString.call(new Tagged()));
console.log(String(new Tagged()), `${new Tagged()}`, new Tagged() + '');
const own = { [Symbol.toStringTag]: 'Own', x: 1 };
console.log(own, Object.prototype.toString.call(own));
function Legacy() {}
Object.defineProperty(Legacy.prototype, Symbol.toStringTag, { value: 'LegacyTag' });
console.log(new Legacy(), util.inspect([new Legacy()]));
function* gen() { yield 1; }
console.log(Object.prototype.toString.call(gen()), String(gen()));
console.log(typeof Symbol.toStringTag, String(Symbol.toStringTag));
console.log([null, undefined, 1, 'a', [], {}, new Map(), new Set(), new Date(0), /x/, () => 1]
  .map((v) => Object.prototype.toString.call(v)).join(' '));
console.log(Object.prototype.toString.call(Promise.resolve()), Object.prototype.toString.call(JSON), Object.prototype.toString.call(Math));
