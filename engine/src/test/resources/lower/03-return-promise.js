// Returning a promise settles two jobs later than returning a value; return await one later.
async function value() { return 'value'; }
async function promise() { return Promise.resolve('promise'); }
async function awaited() { return await Promise.resolve('awaited'); }
promise().then(console.log);
awaited().then(console.log);
value().then(console.log);
let p = Promise.resolve();
for (let i = 1; i <= 5; i++) {
  p = p.then(() => console.log('tick', i));
}
