// Property descriptors, and private fields never shown, even once console.log has run.
const account = { owner: 'Ada' };
console.log('before any class:', account);
class Account {
  #balance = 0;
  static #opened = 0;
  constructor(owner) { this.owner = owner; Account.#opened++; }
  deposit(n) { this.#balance += n; return this; }
  get balance() { return this.#balance; }
  static get opened() { return Account.#opened; }
}
const acc = new Account('Bo').deposit(10);
console.log(acc, acc.balance, Account.opened);
console.log(Object.keys(acc), JSON.stringify(acc));
console.log(Object.getOwnPropertyDescriptor(acc, 'owner'));
console.log(Object.getOwnPropertyDescriptor(Account.prototype, 'balance').set);
console.log(Object.getOwnPropertyDescriptors({ a: 1 }));
const hidden = Object.defineProperty({ shown: 1 }, Symbol('secret'), { value: 2, enumerable: false });
console.log(hidden, Object.getOwnPropertySymbols(hidden).length);
console.log(Object.getOwnPropertyDescriptor([], 'length'));
