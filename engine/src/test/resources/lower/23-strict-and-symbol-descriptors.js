'use strict';
// A lowered program keeps its "use strict" (at the top and in functions), and
// Object.getOwnPropertyDescriptor takes symbol keys.
class Account {
  constructor(owner) { this.owner = owner; }
}
function whoIsThis() { return this; }
console.log(whoIsThis() === undefined);
const frozen = Object.freeze(new Account('ada'));
try {
  frozen.owner = 'bob';
  console.log('assignment ignored');
} catch (e) {
  console.log(e instanceof TypeError, frozen.owner);
}
try {
  undeclaredName = 1;
} catch (e) {
  console.log(e instanceof ReferenceError);
}
const id = Symbol('id');
const record = { [id]: 42 };
Object.defineProperty(record, Symbol.toStringTag, { get() { return 'Record'; }, configurable: true });
const d = Object.getOwnPropertyDescriptor(record, id);
console.log(d.value, d.writable, d.enumerable, d.configurable);
const t = Object.getOwnPropertyDescriptor(record, Symbol.toStringTag);
console.log(typeof t.get, t.set, t.enumerable, t.configurable);
console.log(Object.getOwnPropertyDescriptor(record, Symbol('other')));
console.log(Object.getOwnPropertyDescriptor.length, Object.getOwnPropertyDescriptor.name);
console.log(Object.getOwnPropertyDescriptor({ a: 1 }, 'a').value);
