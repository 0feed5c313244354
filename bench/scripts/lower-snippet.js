// 20 lines as pasted into the REPL: lowered on every input.
class Timer {
  constructor(label) { this.label = label; }
  async tick(ms = 10) {
    await new Promise((r) => setTimeout(r, ms));
    return `${this.label} after ${ms}`;
  }
}
const t = new Timer('a');
const { label } = t;
async function run(...delays) {
  for (const d of delays) {
    console.log(await t.tick(d));
  }
  return delays.length;
}
run(1, 2, 3).then((n) => console.log(label, n));
const obj = { a: 1, b: { c: 2 } };
console.log(obj?.b?.c ?? 'none', 2 ** 8);
console.log([...'abc'].map((ch) => ch.toUpperCase()));
