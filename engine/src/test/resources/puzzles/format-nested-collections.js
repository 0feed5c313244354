// Maps of Sets, Sets of Maps, nesting depth and long collections.
const m = new Map([['a', new Set([1, 2])], ['b', new Map([['x', [1, [2, [3]]]]])]]);
console.log(m);
console.log(new Set([new Map([[{ k: 1 }, 'obj key']]), new Set()]));
console.log({ level1: { level2: new Map([['level3', { level4: 'deep' }]]) } });
const big = new Set();
for (let i = 0; i < 120; i++) big.add(i);
console.log(big);
const bigMap = new Map();
for (let i = 0; i < 105; i++) bigMap.set(i, i * 2);
console.log(bigMap.size, [...bigMap.entries()].slice(0, 3));
console.log(new Map([[NaN, -0], [undefined, null]]));
console.log([new Map(), new Set(), new WeakMap(), new WeakSet()]);
console.log(m.entries(), new Set(['q']).values(), m.keys());
