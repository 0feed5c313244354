// Accessor properties are shown as [Getter], [Setter] or [Getter/Setter].
const o = {
  get a() { return 1; },
  set b(v) {},
  get c() { return 3; },
  set c(v) {},
  d: 4,
};
console.log(o);
class Temp {
  constructor() { this._c = 20; }
  get f() { return this._c * 9 / 5 + 32; }
}
console.log(new Temp());
const util = require('util');
console.log(util.inspect(o, { getters: true }));
const p = {};
Object.defineProperty(p, 'hidden', { value: 1, enumerable: false });
Object.defineProperty(p, 'shown', { value: 2, enumerable: true });
console.log(p, Object.keys(p));
console.log(util.inspect(p, { showHidden: true }));
