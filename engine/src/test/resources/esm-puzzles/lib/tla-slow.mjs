console.log('slow: start');
Promise.resolve().then(() => console.log('slow: job 1')).then(() => console.log('slow: job 2'));
await null;
console.log('slow: after await null');
await new Promise((resolve) => setTimeout(resolve, 10));
console.log('slow: after the timer');
export const ready = true;
