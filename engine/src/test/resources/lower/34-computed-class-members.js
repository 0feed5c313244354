// Class methods and accessors with computed keys are named by their key and are not
// enumerable; a getter and a setter under one key make one accessor.
const tag = Symbol('tag');
const blank = Symbol();
const prefix = 'say';
class Widget {
  [tag]() { return 'tagged'; }
  [blank]() {}
  [`${prefix}Hi`]() { return 'hi'; }
  static [prefix + 'Static']() { return 'static'; }
  get [prefix]() { return this._v; }
  set [prefix](v) { this._v = v; }
  *[prefix + 'Gen']() { yield 1; }
  async [prefix + 'Later']() { return 2; }
}
const w = new Widget();
w.say = 5;
console.log(w.say, w[tag](), w.sayHi(), Widget.sayStatic(), [...w.sayGen()]);
console.log(Widget.prototype[tag].name, JSON.stringify(Widget.prototype[blank].name), Widget.prototype.sayHi.name,
  Widget.sayStatic.name, Widget.prototype.sayGen.name, Widget.prototype.sayLater.name);
const d = Object.getOwnPropertyDescriptor(Widget.prototype, prefix);
console.log(d.get.name, d.set.name, d.enumerable, d.configurable);
console.log(Object.keys(Widget.prototype), Object.keys(Widget));
for (const key in w) console.log('own or inherited enumerable:', key);
w.sayLater().then((v) => console.log('later', v));

class Literal {
  1() { return 'one'; }
  'two-words'() { return 'two'; }
  static 3() {}
}
console.log(Object.keys(Literal.prototype), Literal.prototype[1].name, Literal.prototype['two-words'].name, Literal[3].name);
