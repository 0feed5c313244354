// Cold-start figure for lowered code: a class, async/await, destructuring, timers.
class Queue {
  constructor(name) {
    this.name = name;
    this.items = [];
  }
  push(...items) {
    this.items.push(...items);
    return this;
  }
  async drain(delay = 0) {
    const out = [];
    for (const item of this.items) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      out.push(`${this.name}:${item}`);
    }
    return out;
  }
}
async function main() {
  const q = new Queue('q').push(1, 2, 3);
  const [first, ...rest] = await q.drain();
  const { name, items: { length } } = q;
  console.log(first, rest, name, length);
  const results = await Promise.all([1, 2].map(async (n) => n ** 2));
  console.log(results, results?.length ?? 0);
}
main().then(() => console.log('done'));
console.log('sync end');
