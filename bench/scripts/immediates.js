// 1,000,000 setImmediate callbacks, queued in batches of 1,000 from a chain of immediates.
const total = 1000000;
let ran = 0;
function work() {
  ran += 1;
}
function batch() {
  for (let i = 0; i < 1000; i++) {
    setImmediate(work);
  }
  if (ran + 1000 < total) {
    setImmediate(batch);
  }
}
batch();
process.on('exit', () => console.log('immediates run:', ran));
