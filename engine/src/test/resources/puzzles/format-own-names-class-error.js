// What does a class or an error own? Reflection that interview questions like to print.
class Counter {
  static instances = 0;
  static create() { Counter.instances++; return new Counter(); }
  #count = 0;
  label = 'c';
  inc() { this.#count++; return this; }
  get value() { return this.#count; }
}
const c = Counter.create().inc().inc();
console.log(Object.getOwnPropertyNames(Counter).sort());
console.log(Object.getOwnPropertyNames(Counter.prototype));
console.log(Object.getOwnPropertyNames(c), Object.keys(c), c.value);
const err = new TypeError('bad input');
console.log(Object.getOwnPropertyNames(err).sort(), Object.keys(err));
try {
  null.length;
} catch (e) {
  console.log(Object.getOwnPropertyNames(e).sort(), e.message);
}
class ValidationError extends Error {
  constructor(field) { super(`invalid ${field}`); this.name = 'ValidationError'; this.field = field; }
}
const v = new ValidationError('email');
console.log(Object.getOwnPropertyNames(v).sort(), Object.keys(v), `${v}`);
for (const [what, run] of [['pad', () => 'x'.padStart(Infinity)], ['repeat', () => 'ab'.repeat(2 ** 28)]]) {
  try { run(); } catch (e) { console.log(what, e.name, e.message); }
}
