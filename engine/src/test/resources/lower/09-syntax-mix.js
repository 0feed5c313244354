// Lowered syntax: classes with statics, getters, super; spread; destructuring; ?. ?? **; tags.
class Animal {
  static count = 0;
  legs = 4;
  constructor(name) { this.name = name; Animal.count++; }
  get title() { return `the ${this.name}`; }
  speak() { return `${this.title} makes a sound`; }
  toString() { return `Animal(${this.name})`; }
}
class Bird extends Animal {
  legs = 2;
  speak() { return super.speak() + ' (tweet)'; }
}
const b = new Bird('robin');
console.log(b.speak(), b.legs, Animal.count, b instanceof Animal, String(b));
console.log(Bird.name, b.constructor.name, typeof Bird, b.speak.name);
const { name, legs: l = 0, ...others } = { ...b, extra: true };
console.log(name, l, others);
const [x, , y = 'dflt', ...zs] = [1, 2, undefined, 4, 5];
console.log(x, y, zs, Math.max(...zs, 0), [...'hey']);
const deep = { a: { b: null } };
console.log(deep?.a?.b?.c, deep.z?.(), deep.a.b ?? 'fallback', 0 ?? 'no', 2 ** 10);
let q = null;
q ??= 'set';
q ||= 'not';
console.log(q);
const tag = (s, ...v) => s.raw.join('|') + v.join(',');
console.log(tag`a${1}b${2}c`);
function* fib() { let [a, c] = [0, 1]; for (;;) { yield a; [a, c] = [c, a + c]; } }
const first = [];
for (const f of fib()) { if (first.length >= 8) break; first.push(f); }
console.log(first.join(' '));
const sq = (n = 3) => n ** 2;
console.log(sq(), sq(4), [1, [2, [3, [4]]]].flat(Infinity));
const o = { ['k' + 1]: 1, m() { return 'm'; } };
const og = { a: 1, get g() { return 'g'; } };
console.log(o, o.m(), og, og.g, o.m.name);
label: for (const [i, v] of ['p', 'q'].entries()) { if (i) break label; console.log(i, v); }
try { null.x; } catch { console.log('optional catch binding'); }
