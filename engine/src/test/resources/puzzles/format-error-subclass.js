// Error subclasses and causes: the name set after super(), Error.captureStackTrace, cause.
class ValidationError extends Error {
  constructor(message, field) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}
class NotFound extends ValidationError {
  constructor(what) {
    super(what + ' not found', 'id');
    this.name = this.constructor.name;
  }
}
const v = new ValidationError('bad email', 'email');
console.log(v.stack.split('\n')[0]);
console.log(String(v), v.name, v.field, v instanceof ValidationError, v instanceof Error);
const n = new NotFound('user');
console.log(n.stack.split('\n')[0], n instanceof ValidationError, Object.keys(n));
console.log(n.toString(), `${n}`);
const wrapped = new Error('outer failure', { cause: n });
console.log(wrapped.cause === n, wrapped.cause.message, Object.keys(wrapped), 'cause' in wrapped);
console.log(new Error('plain', { cause: 'text' }).cause, new Error('none', {}).hasOwnProperty('cause'));
function Legacy(message) {
  this.message = message;
  Error.captureStackTrace(this, Legacy);
}
Legacy.prototype = Object.create(Error.prototype);
Legacy.prototype.name = 'Legacy';
Legacy.prototype.constructor = Legacy;
const l = new Legacy('old style');
console.log(l.stack.split('\n')[0], l instanceof Error, typeof Error.captureStackTrace, Error.stackTraceLimit);
const holder = {};
Error.captureStackTrace(holder);
console.log(typeof holder.stack, holder.stack.split('\n')[0]);
try {
  throw new NotFound('file');
} catch (e) {
  console.log(`${e.name}: ${e.message}`, e.field);
}
console.log(util_inspect_first(new ValidationError('shown', 'x')));
function util_inspect_first(e) { return require('util').inspect(e).split('\n')[0]; }
