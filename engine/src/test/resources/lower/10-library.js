// The library Nashorn lacks.
console.log(Object.assign({ a: 1 }, null, { b: 2 }, 'xy'));
console.log(Object.entries({ a: 1, b: [2] }), Object.values({ a: 1, b: 2 }));
console.log(Object.fromEntries([['a', 1], ['b', 2]]), Object.fromEntries(new Map([['m', 3]])));
console.log(Object.is(NaN, NaN), Object.is(0, -0));
console.log(Array.from('abc'), Array.from({ length: 3 }, (_, i) => i * 2), Array.from(new Set([1, 1, 2])));
console.log(Array.of(7, 8), [1, 2, NaN].includes(NaN), [1, 2, 3].includes(2, 2));
console.log([5, 12, 8].find((n) => n > 6), [5, 12, 8].findIndex((n) => n > 100), [5, 12, 8].findLast((n) => n > 6));
console.log([1, [2, [3]]].flat(), [1, 2].flatMap((n) => [n, n * 10]), [1, 2, 3].at(-1), new Array(3).fill(0));
console.log('Hello'.includes('ell'), 'Hello'.startsWith('He'), 'Hello'.endsWith('lo'), 'Hello'.endsWith('l', 4));
console.log('5'.padStart(3, '0'), 'ab'.padEnd(5, 'xy') + '|', 'ha'.repeat(3), '  x  '.trimStart() + '|', '  x  '.trimEnd() + '|');
console.log('a-b-c'.replaceAll('-', '+'), 'a.b.c'.replaceAll('.', '$&$&'), 'xyz'.at(-1), 'abc'.at(5));
console.log(Number.isInteger(5.0), Number.isInteger(5.5), Number.isSafeInteger(2 ** 53), Number.EPSILON > 0);
console.log(Math.trunc(-4.7), Math.sign(-3), Math.sign(0), Math.log2(8), Math.hypot(3, 4));
console.log(typeof Symbol.asyncIterator, Symbol.asyncIterator.toString());
const original = { a: [1, { b: 2 }], d: new Date(0), m: new Map([[1, 'one']]) };
const copy = structuredClone(original);
console.log(copy, copy.a !== original.a, copy.a[1] !== original.a[1]);
