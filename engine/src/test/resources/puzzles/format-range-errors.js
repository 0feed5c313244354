// The RangeErrors a bad array length throws, worded as V8 words them.
try {
  new Array(-1);
} catch (err) {
  console.log(err.name, err.message, err instanceof RangeError);
}
const list = [1, 2, 3];
try {
  list.length = -1;
} catch (err) {
  console.log('set', err.name, err.message);
}
setTimeout(() => {
  try {
    Array(-5);
  } catch (err) {
    console.log('later', err.message);
  }
}, 1);
