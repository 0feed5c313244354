// await of a plain value and of a native promise cost one job each.
const log = (s) => console.log(s);
async function a() {
  log('a1');
  await 1;
  log('a2');
  await Promise.resolve(2);
  log('a3');
}
async function b() {
  log('b1');
  await null;
  log('b2');
  await undefined;
  log('b3');
}
a();
b();
Promise.resolve().then(() => log('t1')).then(() => log('t2')).then(() => log('t3'));
log('sync');
