// An anonymous class with an extends clause (`class extends Base {}`) is named after its
// variable; symbol keys work with propertyIsEnumerable.
const Flag = class extends Boolean {};
const Registry = class extends Map {
  register(k, v) { return this.set(k, v); }
};
console.log(Flag.name, Registry.name, new Flag(true) instanceof Boolean);
const r = new Registry().register('a', 1);
console.log(r.get('a'), r instanceof Map, r instanceof Registry);
const factory = () => class extends Array {};
console.log(factory().name === '', new (factory())() instanceof Array);
const hidden = Symbol('hidden');
const visible = Symbol('visible');
const o = { [visible]: 1 };
Object.defineProperty(o, hidden, { value: 2, enumerable: false });
console.log(o.propertyIsEnumerable(visible), o.propertyIsEnumerable(hidden), o.propertyIsEnumerable(Symbol()));
console.log(Object.prototype.propertyIsEnumerable.length, [1].propertyIsEnumerable(0), o.propertyIsEnumerable('x'));
