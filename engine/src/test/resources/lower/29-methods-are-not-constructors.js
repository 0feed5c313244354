// Built-in methods are not constructors: Reflect.construct refuses them as target or newTarget.
function isConstructor(f) {
  try {
    Reflect.construct(function () {}, [], f);
  } catch (e) {
    return false;
  }
  return true;
}
const methods = {
  'Promise.all': Promise.all,
  'Promise.race': Promise.race,
  'Promise.resolve': Promise.resolve,
  'Promise.prototype.then': Promise.prototype.then,
  'Promise.prototype.finally': Promise.prototype.finally,
  'Object.assign': Object.assign,
  'Array.from': Array.from,
  'String.prototype.padStart': String.prototype.padStart,
};
for (const name of Object.keys(methods)) {
  console.log(name, isConstructor(methods[name]));
}
console.log('Promise', isConstructor(Promise), 'a function', isConstructor(function () {}));
try {
  Reflect.construct(Promise.all, []);
} catch (e) {
  console.log(e.constructor.name);
}
try {
  new Promise.all([]);
} catch (e) {
  console.log(e.constructor.name);
}
const built = Reflect.construct(function (x) { this.x = x; }, [5]);
console.log(built.x);
