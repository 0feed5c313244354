// A Promise subclass whose constructor counts its calls on a line of its own (a postfix ++
// the lowered code must keep on its operand's line) and returns what super() made.
let count = 0;
class Counted extends Promise {
  constructor(executor) {
    count++;
    return super(executor);
  }
}
Counted.resolve(1)
  .finally(() => {})
  .then(() => console.log('promises made', count));
console.log(Promise.prototype.catch.name, Promise.prototype.finally.name, Promise.prototype.then.name);
console.log(Promise.prototype.catch, Promise.prototype.finally);
