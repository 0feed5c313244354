// Class instances, classes and functions.
class A {}
class B extends A { constructor() { super(); this.v = 1; } }
class Empty {}
console.log(new A(), new B(), new Empty());
console.log(A, B, class {}, class Named extends B {});
function f() {}
const g = function () {};
const h = () => 1;
async function af() {}
function* gen() {}
async function* agen() {}
console.log(f, g, h, af, gen, agen);
f.extra = 42;
console.log(f);
console.log({ method() {}, arrow: () => {}, fn: function () {} });
console.log([f, A]);
const anon = (() => function () {})();
console.log(anon, anon.name === '');
console.log(Object.create(null), Object.assign(Object.create(null), { x: 1 }));
class WithStatic { static count = 3; }
console.log(WithStatic);
