// An anonymous class is named after what it is bound to, wherever that is (V8's NamedEvaluation),
// and a private method after its #name (which cannot be assigned to).
let assigned;
assigned = class {};
let withMembers;
withMembers = class { m() { return 1; } };
const literal = { plain: class {}, busy: class { static s() {} m() {} } };
function withDefault(param = class {}) { return param; }
const [fromArray = class {}] = [];
const { fromObject = class extends Array {} } = {};
class Fields {
  instance = class {};
  static shared = class { m() {} };
}
class Named {
  #secret() { return 'hidden'; }
  *#steps() { yield 1; }
  async #later() { return 2; }
  names() { return [this.#secret.name, this.#steps.name, this.#later.name, this.#secret()]; }
  overwrite() { this.#secret = 1; }
}
const explicit = class Explicit {};
const [keepsOwn = class { static name() { return 'own'; } }] = [];
console.log(assigned.name, withMembers.name, new withMembers().m());
console.log(literal.plain.name, literal.busy.name, withDefault().name, fromArray.name, fromObject.name);
console.log(new Fields().instance.name, Fields.shared.name, explicit.name, keepsOwn.name());
console.log(new Named().names());
console.log(assigned, literal.plain, fromObject);
try {
  new Named().overwrite();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
