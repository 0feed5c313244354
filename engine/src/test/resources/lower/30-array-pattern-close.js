// An array pattern closes an iterator it did not exhaust, when it ends and when it throws,
// and never calls next() again once the iterator said it was done.
function counter(n, log, name) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { log.push(`${name}.next`); i++; return { value: i, done: i > n }; },
    return() { log.push(`${name}.return`); return {}; },
  };
}

let log = [];
const [a, b] = counter(5, log, 'A');
console.log(a, b, log.join(' '));

log = [];
const [c, d, e] = counter(1, log, 'B');
console.log(c, d, e, log.join(' '));

function over(values, log, name) {
  const it = counter(values.length, log, name);
  const next = it.next;
  it.next = function () {
    const r = next.call(this);
    return { value: values[r.value - 1], done: r.done };
  };
  return it;
}
log = [];
try {
  const [[f], g = (() => { throw new Error('default threw'); })()] = over([counter(2, log, 'inner'), undefined], log, 'outer');
} catch (err) {
  console.log(err.message, log.join(' '));
}

function* numbers() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('generator closed');
  }
}
const [first] = numbers();
console.log('first', first);

log = [];
let p, q;
[p, , q] = counter(9, log, 'C');
console.log(p, q, log.join(' '));

log = [];
for (const [k, v] of [counter(4, log, 'D'), counter(4, log, 'E')]) console.log(k, v);
console.log(log.join(' '));

const rude = { [Symbol.iterator]() { return { next() { return { done: false, value: 1 }; }, return() { return null; } }; } };
try {
  const [z] = rude;
  console.log('no error', z);
} catch (err) {
  console.log(err.constructor.name);
}

log = [];
const [...rest] = counter(2, log, 'R');
console.log(rest, log.join(' '));

async function later() {
  const fLog = [];
  const [m, n] = counter(3, fLog, 'F');
  await null;
  console.log(m, n, fLog.join(' '));
}
later();

const [, , third = 'none'] = counter(1, log = [], 'G');
console.log(third, log.join(' '));

// A pattern whose value is awaited.
async function awaited() {
  const hLog = [];
  const [h] = await counter(3, hLog, 'H');
  console.log(h, hLog.join(' '));
}
awaited();
