// The classic quiz, with a class, an async method and nextTick.
class Job {
  constructor(name) { this.name = name; }
  async run() {
    console.log(`${this.name} start`);
    await this.step();
    console.log(`${this.name} end`);
  }
  async step() { console.log(`${this.name} step`); }
}
console.log('script start');
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('nextTick'));
new Job('A').run();
new Promise((resolve) => { console.log('executor'); resolve(); })
  .then(() => console.log('then 1'))
  .then(() => console.log('then 2'));
queueMicrotask(() => console.log('microtask'));
new Job('B').run().then(() => console.log('B resolved'));
console.log('script end');
