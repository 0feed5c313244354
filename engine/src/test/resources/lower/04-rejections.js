// await of a rejected promise throws at the await; try/catch/finally around it.
async function fails() {
  await null;
  throw new Error('inner');
}
async function run() {
  try {
    await fails();
    console.log('not reached');
  } catch (e) {
    console.log('caught', e.message);
  } finally {
    console.log('finally');
  }
  try {
    await Promise.reject(new TypeError('direct'));
  } catch ({ name, message }) {
    console.log(name, message);
  }
  return 'done';
}
run().then((v) => console.log('run', v));
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'));
