// Getters and setters with computed keys in object literals: keys and values are
// evaluated in the order written, both halves of a pair end up on one property, and
// the functions are named "get KEY" / "set KEY".
const order = [];
const key = (k) => { order.push(`key ${k}`); return k; };
const secret = Symbol('secret');
const temperature = {
  celsius: 20,
  get [key('fahrenheit')]() { return this.celsius * 9 / 5 + 32; },
  set [key('fahrenheit')](f) { this.celsius = (f - 32) * 5 / 9; },
  unit: (order.push('unit'), 'C'),
  get [secret]() { return 'hidden'; },
  [key('kelvin')]: 293.15,
  describe() { return `${this.celsius}${this.unit}`; },
};
console.log(order.join(', '));
console.log(Object.keys(temperature));
console.log(temperature.fahrenheit, temperature[secret], temperature.kelvin, temperature.describe());
temperature.fahrenheit = 212;
console.log(temperature.celsius, temperature.describe());
const d = Object.getOwnPropertyDescriptor(temperature, 'fahrenheit');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, d.get.name, d.set.name);
console.log(JSON.stringify(temperature));
const prefix = 'item';
const counter = { n: 0, get [`${prefix}Count`]() { return ++this.n; } };
console.log(counter.itemCount, counter.itemCount, Object.keys(counter));
