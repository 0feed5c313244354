// Private class members: fields, methods, accessors, statics, #x in obj, brand checks.
class Counter {
  #count = 0;
  static #instances = 0;
  constructor() { Counter.#instances++; }
  #bump(by) { this.#count += by; return this; }
  inc() { return this.#bump(1); }
  get value() { return this.#count; }
  get #secret() { return 'hidden ' + this.#count; }
  reveal() { return this.#secret; }
  static count() { return Counter.#instances; }
  static isCounter(o) { return #count in o; }
  sameAs(other) { return this.#count === other.#count; }
}
const c = new Counter();
c.inc().inc();
console.log(c.value, c.reveal(), Counter.count(), new Counter() && Counter.count());
console.log(c, Object.keys(c), JSON.stringify(c), { ...c });
console.log(Counter.isCounter(c), Counter.isCounter({}), Object.getOwnPropertySymbols(c).length);
try { c.sameAs({}); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { Counter.isCounter(1); } catch (e) { console.log(e.constructor.name); }
class Base { #x = 'base'; getBase() { return this.#x; } }
class Derived extends Base { #x = 'derived'; getDerived() { return this.#x; } }
const d = new Derived();
console.log(d.getBase(), d.getDerived(), d);
class Node2 { #next = null; link(n) { this.#next = n; return this; } get next() { return this.#next; } }
console.log(new Node2().link(new Node2()).next?.next);
class Outer {
  #o = 1;
  make() { const self = this; return class Inner { #i = 2; sum() { return self.#o + this.#i; } }; }
}
const Inner = new Outer().make();
console.log(new Inner().sum(), '#not a name', `#${'x'}`);
class Early { a = this.#b; #b = 1; }
try { new Early(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
