// extends, super calls, super property access, static inheritance, toString.
class Animal {
  static kingdom = 'animalia';
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a sound`; }
  static describe() { return `kingdom ${this.kingdom} via ${this.name}`; }
  toString() { return `Animal(${this.name})`; }
}
class Dog extends Animal {
  speak() { return super.speak() + ' (woof)'; }
  static describe() { return super.describe() + '!'; }
}
class Puppy extends Dog {
  constructor(name, age) { super(name); this.age = age; }
  speak() { return super.speak().toUpperCase(); }
}
const p = new Puppy('rex', 1);
console.log(p.speak());
console.log(Dog.describe(), Puppy.describe());
console.log(`${p}`, String(p), p + '');
console.log(Object.getPrototypeOf(Puppy) === Dog, p instanceof Animal, p.constructor.name);
console.log(p);
class MyArray extends Array {
  sum() { return this.reduce((a, b) => a + b, 0); }
}
const m = MyArray.from([1, 2, 3]);
console.log(m.sum(), m.length, m instanceof Array, m);
class ValidationError extends Error {
  constructor(field) { super(`invalid ${field}`); this.name = 'ValidationError'; this.field = field; }
}
try { throw new ValidationError('email'); } catch (e) {
  console.log(e.name, e.message, e.field, e instanceof ValidationError, e instanceof Error, String(e));
}
