// Private methods of every kind, private names as assignment targets, static blocks.
const K = class { #p = 1; get p() { return this.#p; } static #make() { return new K(); } static of() { return K.#make(); } };
console.log(K.of().p, K.name);
class G {
  #items = [1, 2, 3];
  *#gen() { yield* this.#items; }
  async #load() { await null; return this.#items.length; }
  all() { return [...this.#gen()]; }
  load() { return this.#load(); }
  swap() { [this.#items[0], this.#items[2]] = [this.#items[2], this.#items[0]]; return this.#items; }
  assign(o) { ({ v: this.#items } = o); return this.#items; }
  logical() { this.#missing ||= 'set'; this.#missing ??= 'no'; this.#n **= 3; return [this.#missing, this.#n]; }
  #missing = '';
  #n = 2;
  maybe(o) { return o?.#items; }
  arrow() { return [1, 2].map(x => x + this.#items.length); }
  static #created;
  static { G.#created = "static block"; }
  static created() { return G.#created; }
}
const g = new G();
console.log(g.all(), g.swap(), g.logical(), g.maybe(null), g.maybe(g), g.arrow(), G.created());
g.load().then(n => console.log('loaded', n));
console.log(g.assign({ v: ['a'] }), g.all());
console.log(typeof G.prototype, Object.getOwnPropertyNames(G.prototype));
