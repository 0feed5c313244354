// console.log shows what a Map or Set iterator has left to give, and a generator object as
// V8 makes it: no own next/throw/return, named by its tag.
const prices = new Map([['tea', 3], ['cake', 5], ['jam', 2]]);
const names = prices.keys();
console.log(names);
names.next();
console.log('after one next():', names);
console.log(prices.values(), prices.entries());
console.log(prices[Symbol.iterator]());
const tags = new Set(['new', 'sale']);
console.log(tags.values(), tags.entries());
const done = tags.values();
for (const t of done) console.log('tag', t);
console.log('spent:', done);
console.log({ nested: [new Set([1, 2]).keys()] });

function* countdown(n) {
  while (n > 0) yield n--;
}
const gen = countdown(3);
console.log(gen, Object.keys(gen), typeof gen.next);
console.log(Object.prototype.toString.call(gen), [...gen]);
async function* ticks() { yield 1; }
console.log(ticks());
