// A function's length stops at its first default or rest parameter, and such a function's
// arguments object does not follow its parameters (it is unmapped).
function f(a, b = 1, c) {
  b = 5;
  return [a, b, c, arguments.length, arguments[1]];
}
console.log(f.length, f(1), f(1, undefined, 3));
const g = (x, y = 2,) => x + y;
console.log(g.length, g(1));
async function h(a = 1, b) {
  return a + b;
}
console.log(h.length);
h(undefined, 2).then((v) => console.log('h resolved with', v));
class A {
  constructor(a, b = 1) {
    this.s = a + b;
  }
  m(x, { y } = {}, ...z) {
    return [x, y, z];
  }
  static s(q = 1) {
    return q;
  }
}
console.log(A.length, new A(1).s, A.prototype.m.length, A.prototype.m(1, { y: 2 }, 3, 4), A.s.length, A.s());
function* gen(a, b = 2) {
  yield a + b;
}
console.log(gen.length, gen(1).next().value);
const o = {
  set v(x = 1) {
    this._v = x;
  },
};
o.v = undefined;
console.log(o._v);
function d([a], b = a) {
  return b;
}
console.log(d.length, d([5]), ((...rest) => rest.length).length);
