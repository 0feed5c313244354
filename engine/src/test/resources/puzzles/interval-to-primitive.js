// A Timeout has Node's [Symbol.toPrimitive]: it gives the id, and clearInterval takes that id.
let ticks = 0;
const iv = setInterval((a) => {
  ticks++;
  console.log('tick', a, ticks);
  if (ticks === 2) {
    console.log('clearing by', typeof id, id === +iv);
    clearInterval(id);
  }
}, 5, 'A');
console.log(typeof iv[Symbol.toPrimitive], typeof +iv);
const id = iv[Symbol.toPrimitive]();
const once = setTimeout(() => console.log('never'), 1);
clearTimeout(+once);
