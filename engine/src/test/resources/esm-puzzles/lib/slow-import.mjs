await null;
let chain = Promise.resolve();
for (let i = 1; i <= 8; i++) {
  chain = chain.then(() => console.log('slow job ' + i));
}
console.log('slow finished its top-level await');
export const name = 'slow';
