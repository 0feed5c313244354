// for await over an array of promises and values, and over an async generator.
async function* numbers() {
  yield 1;
  await null;
  yield Promise.resolve(2);
  yield 3;
}
async function main() {
  for await (const v of [Promise.resolve('a'), 'b', new Promise((r) => setTimeout(() => r('c'), 0))]) {
    console.log('array', v);
  }
  for await (const n of numbers()) {
    console.log('gen', n);
  }
  console.log('main done');
}
main();
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2'))
  .then(() => console.log('x3')).then(() => console.log('x4'));
