// Class fields, static fields and blocks, literal key order, symbol keys, template objects,
// lowered function kinds: as Node 20 prints and enumerates them.
class Counter {
  count = 0;
  inc = () => { this.count += 2; };
  static made = 0;
  static label = 'ctr';
  static { Counter.ready = true; }
  static create() { Counter.made++; return new Counter(); }
}
const c = Counter.create();
c.inc();
console.log(c, Object.keys(c), Counter, Object.keys(Counter));
const o = { get a() { return 1; }, set b(v) {}, get c() { return 3; }, set c(v) {}, d: 4 };
console.log(o, Object.keys(o));
var plain = { x: 1, get y() { return 2; }, z: 3 };
console.log(plain, JSON.stringify(plain));
const s = Symbol('tag');
const withSym = { [s]: 1, plain: 2, ['comp' + 'uted']: 3, [Symbol.iterator]: 4 };
console.log(withSym, Object.keys(withSym), Object.getOwnPropertySymbols(withSym).length);
console.log(String(s), String(Symbol()), String(5), String(), new String('b'), 'x'.constructor === String);
function tag(strings, ...values) { return [strings, strings.raw, Object.isFrozen(strings), values]; }
console.log(tag`a${1}b\n${2}`);
async function af() {}
function* gen() {}
async function* agen() {}
const arrow = async () => {};
console.log(af, gen, agen, arrow, { m() {}, async n() {} });
console.log([...'a1b22c333'.matchAll(/\d+/g)].map((m) => m[0] + '@' + m.index));
const EventEmitter = require('events');
const e = new EventEmitter();
e.on(EventEmitter.errorMonitor, (err) => console.log('monitor', err.message));
try { e.emit('error', new Error('boom')); } catch (err) { console.log('thrown', err.message); }
try { new EventEmitter().emit('error'); } catch (err) { console.log(err.message, err.code); }
console.log(e.eventNames());
