// Timeout.close() clears.
const t = setTimeout(() => console.log('never'), 10);
console.log(t.close() === t);
const t2 = setTimeout(() => console.log('t2 runs'), 10);
console.log('hasRef', t.hasRef(), t2.hasRef());
