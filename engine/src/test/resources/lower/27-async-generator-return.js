// An async generator's `return x` settles its last next() with {value: x, done: true},
// after awaiting x (a promise's value, a thenable's); a bare return does not wait.
async function* counted() {
  yield 1;
  return 42;
}
async function* returnsPromise() {
  return Promise.resolve('from a promise');
}
async function* returnsThenable() {
  return { then(resolve) { resolve('from a thenable'); } };
}
async function* bare() {
  return;
}
class Source {
  async *items() { yield 'a'; return 'end'; }
}
const log = (label) => (r) => console.log(label, JSON.stringify(r));
const g = counted();
g.next().then(log('counted 1'));
g.next().then(log('counted 2'));
g.next().then(log('counted 3'));
returnsPromise().next().then(log('promise'));
returnsThenable().next().then(log('thenable'));
bare().next().then(log('bare'));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
(async () => {
  const seen = [];
  for await (const x of new Source().items()) seen.push(x);
  console.log('for await saw', seen.join(','));
  const it = new Source().items();
  console.log('spread', JSON.stringify([await it.next(), await it.next(), await it.next()]));
})();
