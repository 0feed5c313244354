// 100,000 timers with random delays up to 1 s (a fixed seed, so every run is the same).
let seed = 42;
function random() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
let ran = 0;
function fire() {
  ran += 1;
}
for (let i = 0; i < 100000; i++) {
  setTimeout(fire, Math.floor(random() * 1000));
}
process.on('exit', () => console.log('timers run:', ran));
