// N awaits (default 200,000; the first argument), each of a call to an async function: the
// shape of most modern code's promise traffic (one async call, its promise, one await
// resuming the caller).
const count = Number(process.argv[2]) || 200000;
let odd = 0;
async function step(i) {
  odd += i & 1;
  return i;
}
async function main() {
  for (let i = 0; i < count; i++) {
    await step(i);
  }
}
main().then(() => console.log('odd:', odd));
