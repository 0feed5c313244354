// Reflect: construct with a new target, get with a receiver, the boolean-returning traps.
class A { constructor(x) { this.x = x; } get dbl() { return this.x * 2; } }
class B extends A {}
const o = Reflect.construct(A, [3], B);
console.log(o instanceof B, o.x, Reflect.get(A.prototype, 'dbl', { x: 10 }));
console.log(Reflect.ownKeys({ a: 1, [Symbol('s')]: 2 }), Reflect.has({ a: 1 }, 'a'), Reflect.apply(Math.max, null, [1, 5, 2]));
const frozen = Object.freeze({ k: 1 });
console.log(Reflect.set(frozen, 'k', 2), Reflect.defineProperty(frozen, 'n', { value: 1 }), Reflect.deleteProperty(frozen, 'k'));
console.log(Reflect.getPrototypeOf(o) === B.prototype, Reflect.isExtensible(frozen), Reflect.setPrototypeOf({}, null));
try { Reflect.get(1, 'a'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(typeof Reflect, Object.keys(Reflect).length);
