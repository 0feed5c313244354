// assert's messages: strict and loose equality, deep diffs, throws/rejects, ok's source text.
const assert = require('assert');
function show(label, f) {
  try {
    f();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e.name, e.code, e.operator, e.generatedMessage);
    console.log(e.message);
  }
}
show('strictEqual', () => assert.strictEqual(1, 2));
show('strictEqual long', () => assert.strictEqual('hello world', 'hello there'));
show('custom', () => assert.strictEqual(3, 4, 'three is not four'));
show('equal', () => assert.equal(1, '1'));
show('notEqual', () => assert.notEqual(1, '1'));
show('deep', () => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }));
show('deep loose', () => assert.deepEqual({ a: 1 }, { a: '1' }));
show('deep long', () => assert.deepStrictEqual({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 8 }));
show('same shape', () => assert.strictEqual({ a: 1 }, { a: 1 }));
show('notDeep', () => assert.notDeepStrictEqual([1, 2], [1, 2]));
show('ok', () => assert.ok(typeof 1 === 'string'));
show('assert', () => assert(0 > 1));
show('throws class', () => assert.throws(() => { throw new Error('x'); }, TypeError));
show('throws none', () => assert.throws(() => {}));
show('throws regexp', () => assert.throws(() => { throw new Error('boom'); }, /bang/));
show('throws object', () => assert.throws(() => { throw new RangeError('r'); }, { name: 'TypeError' }));
show('throws ok', () => assert.throws(() => { throw new TypeError('t'); }, TypeError));
show('doesNotThrow', () => assert.doesNotThrow(() => { throw new Error('inner'); }));
show('match', () => assert.match('abc', /x/));
show('fail', () => assert.fail('boom'));
show('ifError', () => assert.ifError(new Error('io')));
show('map', () => assert.deepStrictEqual(new Map([['k', 1]]), new Map([['k', 2]])));
show('set', () => assert.deepStrictEqual(new Set([1, 2]), new Set([2, 1])));
show('nan', () => assert.strictEqual(NaN, NaN));
const strict = require('assert/strict');
show('strict.equal', () => strict.equal(1, '1'));
console.log(strict === assert.strict, require('node:assert') === assert);
assert.rejects(Promise.reject(new Error('late')), /late/).then(() => console.log('rejects ok'));
assert.rejects(Promise.resolve(1)).catch((e) => console.log('rejects:', e.message));
assert.doesNotReject(Promise.reject(new Error('no'))).catch((e) => console.log('doesNotReject:', e.message));
