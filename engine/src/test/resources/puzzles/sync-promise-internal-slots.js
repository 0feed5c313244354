// A promise's state lives outside its properties: no key shows, copies are not promises,
// and freezing one changes nothing about how it settles. (Its symbols, isFrozen and its
// inspection are left out: under async_hooks, as in the recording oracle, Node gives each
// promise two writable, enumerable symbol-keyed properties.)
const p = Promise.resolve('v');
console.log(Object.getOwnPropertyNames(p), Reflect.ownKeys(p).filter((k) => typeof k === 'string'));
console.log(Object.keys(p).length, JSON.stringify(p), Object.entries(p).length);
const copy = Object.assign({}, p, { then: undefined });
const spread = { ...p };
console.log(Object.keys(copy), Object.keys(spread));
try {
  Promise.prototype.then.call(spread, () => {});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const heir = Object.create(p);
try {
  heir.then(() => {});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Object.isSealed(Object.seal(Promise.reject(new Error('r')).catch(() => 'handled'))));
const frozen = Object.freeze(Promise.resolve(7));
frozen.then((v) => console.log('frozen settles', v, Object.isFrozen(frozen)));
const q = new Promise((resolve) => setTimeout(resolve, 1, 'late'));
Object.freeze(q);
q.then((v) => console.log('frozen pending settles', v));
console.log(p instanceof Promise, Object.getPrototypeOf(heir) === p);
