// A for-of loop left early closes its iterator (IteratorClose), as V8 does.
function* numbers(name) {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    console.log(name + ' closed');
  }
}

for (const n of numbers('break')) {
  if (n === 2) break;
}

function first() {
  for (const n of numbers('return')) return n;
}
console.log('first', first());

try {
  for (const n of numbers('throw')) throw new Error('boom ' + n);
} catch (e) {
  console.log('caught', e.message);
}

outer: for (const a of ['x', 'y']) {
  for (const n of numbers('continue ' + a)) continue outer;
}

// A user's iterator: return() is called on it, with no arguments; next is read once.
function counter(log) {
  let i = 0;
  const it = {
    get next() {
      log.push('get next');
      return function () { i++; return { done: i > 3, value: i }; };
    },
    return() {
      log.push('return(' + arguments.length + ') this ok: ' + (this === it));
      return {};
    },
  };
  return { [Symbol.iterator]: () => it };
}
const log = [];
for (const v of counter(log)) { if (v === 2) break; }
for (const v of counter(log)) { }
console.log(log.join('; '));

// Errors from next() or from the result do not close the iterator.
const bad = {
  [Symbol.iterator]() {
    return { next() { return 42; }, return() { console.log('not called'); return {}; } };
  },
};
try { for (const v of bad) { } } catch (e) { console.log(e.constructor.name, e.message); }

// A return() that gives no object is a TypeError after break, ignored after throw.
function returning(value) {
  return {
    [Symbol.iterator]() {
      return { next() { return { done: false, value: 1 }; }, return() { return value; } };
    },
  };
}
try { for (const v of returning(null)) break; } catch (e) { console.log(e.constructor.name, e.message); }
try { for (const v of returning(null)) throw new Error('body'); } catch (e) { console.log(e.message); }

// Each iteration has its own `let`; a generator's for-of closes on gen.return().
const fns = [];
for (let i of [1, 2, 3]) fns.push(() => i);
console.log(fns.map((f) => f()).join(','));
function* relay() {
  for (const n of numbers('relay')) yield n * 10;
}
const r = relay();
console.log(r.next().value, r.return('done').value);
