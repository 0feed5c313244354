let chain = Promise.resolve();
for (let i = 1; i <= 8; i++) {
  chain = chain.then(() => console.log('chatty job ' + i));
}
console.log('chatty evaluated');
export const name = 'chatty';
