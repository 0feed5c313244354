// Lowered classes print and enumerate as classes: [class B extends A], no enumerable methods or accessors.
class A { m() {} static s() {} }
class B extends A { constructor() { super(); this.v = 1; } n() { return super.m(); } }
const C = class {};
const D = class Named extends B {};
console.log(A, B, C, D, new B(), [new D()]);
for (const k in new B()) console.log("key", k);
console.log(Object.keys(A), Object.keys(B.prototype), B.prototype.constructor === B, new B().n());
class A2 { get g() { return 1; } set g(v) {} static get sg() { return 2; } }
const a2 = new A2();
console.log(a2, a2.g, A2.sg, Object.keys(A2.prototype), Object.getOwnPropertyDescriptor(A2.prototype, "g").enumerable);
for (const k in a2) console.log(k);
