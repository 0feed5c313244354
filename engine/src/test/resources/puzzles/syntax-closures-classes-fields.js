// Class fields, arrow functions capturing this, static blocks.
class Counter {
  count = 0;
  step = 2;
  inc = () => { this.count += this.step; return this; };
  static instances = [];
  static { Counter.ready = true; }
  constructor() { Counter.instances.push(this); }
}
const c = new Counter();
const { inc } = c;
inc(); inc();
console.log(c.count, Counter.ready, Counter.instances.length);
console.log(c);
console.log(Object.keys(c));
class Base { field = 'base'; constructor() { this.seen = this.field; } }
class Derived extends Base { field = 'derived'; }
console.log(new Derived().seen, new Derived().field);
const obj = {
  name: 'obj',
  regular() { return [1].map(function () { return this; })[0] === undefined ? 'undef' : 'global'; },
  arrow() { return [1].map(() => this.name)[0]; },
};
console.log(obj.arrow());
