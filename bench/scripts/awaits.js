// 200,000 awaits, each of a call to an async function: the shape of most modern code's
// promise traffic (one async call, its promise, one await resuming the caller).
let odd = 0;
async function step(i) {
  odd += i & 1;
  return i;
}
async function main() {
  for (let i = 0; i < 200000; i++) {
    await step(i);
  }
}
main().then(() => console.log('odd:', odd));
