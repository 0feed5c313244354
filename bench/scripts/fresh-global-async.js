// The same kind of submission in modern syntax (lowered: async/await, class, destructuring).
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class Queue {
  constructor(name) { this.name = name; this.items = []; }
  async push(item, delay = 0) {
    await sleep(delay);
    this.items.push(item);
    return this.items.length;
  }
}
async function main() {
  console.log('script start');
  const q = new Queue('q');
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  const [a, b] = await Promise.all([q.push('a', 10), q.push('b', 5)]);
  console.log(`pushed ${a} ${b}`, { ...q, size: q.items.length });
}
main().then(() => console.log('done'));
console.log('script end');
