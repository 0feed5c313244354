// new.target is undefined wherever no `new` can reach: async functions, generators, methods,
// accessors, and arrows inside them; a class constructor still sees the class it was built as.
class Base {
  constructor() {
    this.builtAs = new.target.name;
    this.viaArrow = (() => new.target)() === new.target;
  }
  method() { return new.target; }
  get accessor() { return new.target; }
  async later() { return () => new.target; }
  static *numbers() { yield new.target; }
}
class Derived extends Base {}
const d = new Derived();
console.log(d.builtAs, d.viaArrow, d.method(), d.accessor, Base.numbers().next().value);

const literal = { shorthand() { return new.target; } };
console.log(literal.shorthand());

async function outer() {
  return async function inner() { return new.target; };
}
outer()
  .then((inner) => inner())
  .then((value) => console.log('async inner', value));
d.later().then((arrow) => console.log('async arrow', arrow()));
