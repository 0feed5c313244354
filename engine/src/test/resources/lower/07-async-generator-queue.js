// Requests queue up; return() and throw() on an async generator.
async function* gen() {
  try {
    console.log('start');
    const got = yield 'first';
    console.log('got', got);
    yield 'second';
    yield 'third';
  } finally {
    console.log('cleanup');
  }
}
const g = gen();
g.next('ignored').then((r) => console.log('r1', r));
g.next('hello').then((r) => console.log('r2', r));
g.return('early').then((r) => console.log('r3', r));
g.next().then((r) => console.log('r4', r));
const h = gen();
h.throw(new Error('before start')).catch((e) => console.log('h throw', e.message));
h.next().then((r) => console.log('h next', r));
Promise.resolve().then(() => console.log('q1')).then(() => console.log('q2')).then(() => console.log('q3'));
