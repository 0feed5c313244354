// 1,000,000 promise reactions: 1,000 chains of 1,000 .then() each.
let ran = 0;
function step(v) {
  ran += 1;
  return v;
}
for (let c = 0; c < 1000; c++) {
  let p = Promise.resolve(c);
  for (let i = 0; i < 1000; i++) {
    p = p.then(step);
  }
}
process.on('exit', () => console.log('reactions run:', ran));
