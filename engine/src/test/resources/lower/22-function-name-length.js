// A function's name and length are configurable (ES2015): a class may declare a static
// name() method, code may redefine or delete them.
class Shape {
  static name() { return 'custom name'; }
}
console.log(typeof Shape.name, Shape.name());
class Tagged {
  static get name() { return 'tagged'; }
}
console.log(Tagged.name);
function area(w, h) { return w * h; }
const nameDesc = Object.getOwnPropertyDescriptor(area, 'name');
const lengthDesc = Object.getOwnPropertyDescriptor(area, 'length');
console.log(nameDesc.value, nameDesc.writable, nameDesc.enumerable, nameDesc.configurable);
console.log(lengthDesc.value, lengthDesc.writable, lengthDesc.enumerable, lengthDesc.configurable);
Object.defineProperty(area, 'name', { value: 'rectangleArea' });
console.log(area.name, Object.getOwnPropertyDescriptor(area, 'name').configurable);
Object.defineProperty(area, 'length', { value: 3, writable: true });
area.length = 4;
console.log(area.length);
function helper(a) {}
console.log(delete helper.name, helper.name === '', Object.prototype.hasOwnProperty.call(helper, 'name'));
console.log(delete helper.length, helper.length);
area.name = 'ignored';
console.log(area.name);
try {
  (function () { 'use strict'; (function fresh(a, b) {}).length = 7; })();
} catch (e) {
  console.log(e instanceof TypeError);
}
const frozen = Object.freeze(function f(x) {});
console.log(Object.isFrozen(frozen), frozen.name, frozen.length);
