// Arrows, async arrows and async methods see the enclosing `this` and `arguments`.
class Counter {
  constructor() { this.n = 0; }
  later() {
    return new Promise((resolve) => setTimeout(() => { this.n++; resolve(this.n); }, 0));
  }
  async twice() {
    const step = async () => { await this.later(); return this.n; };
    await step();
    return step();
  }
}
const c = new Counter();
c.twice().then((n) => console.log('n =', n, c.n));
function outer() {
  const inner = () => arguments.length;
  return inner(9, 9, 9);
}
console.log('outer arguments', outer(1, 2));
const obj = { v: 42, get() { return [1].map(() => this.v)[0]; } };
console.log('obj', obj.get());
