// Symbol.species: Promise's own getter, which then() and finally() consult through the
// constructor, and the getters of the other built-in classes.
class Quiet extends Promise {
  static get [Symbol.species]() { return Promise; }
}
const q = Quiet.resolve(1);
const derived = q.then((v) => v);
console.log(q instanceof Quiet, derived instanceof Quiet, derived instanceof Promise);

class Loud extends Promise {}
console.log(Loud.resolve(1).then((v) => v) instanceof Loud, Loud.resolve(1).finally(() => {}) instanceof Loud);

const d = Object.getOwnPropertyDescriptor(Promise, Symbol.species);
console.log(typeof d.get, d.set, d.enumerable, d.configurable, d.get.name, d.get.call(42));
console.log(Promise[Symbol.species] === Promise, Loud[Symbol.species] === Loud);
console.log(Array[Symbol.species] === Array, Map[Symbol.species] === Map, Set[Symbol.species] === Set,
  RegExp[Symbol.species] === RegExp, ArrayBuffer[Symbol.species] === ArrayBuffer);
console.log(String(Symbol.species), Object.getOwnPropertyDescriptor(Symbol, 'species').writable);
