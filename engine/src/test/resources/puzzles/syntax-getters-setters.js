// Getters/setters in classes and object literals, static members.
class Account {
  static bank = 'LoopBank';
  static count = 0;
  constructor(owner) { this.owner = owner; this._balance = 0; Account.count++; }
  get balance() { return this._balance; }
  set balance(v) { if (v < 0) throw new RangeError('negative'); this._balance = v; }
  static get total() { return `${Account.count} accounts`; }
  static set total(v) { console.log('cannot set total to', v); }
}
const a = new Account('ann');
a.balance = 50;
console.log(a.balance, Account.count, Account.bank, Account.total);
Account.total = 3;
try { a.balance = -1; } catch (e) { console.log(e.name, e.message); }
console.log(a, Object.keys(a));
console.log(Account, Object.keys(Account));
const temp = { c: 25, get f() { return this.c * 9 / 5 + 32; }, set f(v) { this.c = (v - 32) * 5 / 9; } };
temp.f = 212;
console.log(temp.c, temp.f, temp);
const desc = Object.getOwnPropertyDescriptor(Account.prototype, 'balance');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
console.log(Object.getOwnPropertyNames(Account.prototype));
