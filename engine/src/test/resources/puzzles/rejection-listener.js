// An 'unhandledRejection' listener receives the reason; the process goes on.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason instanceof Error ? reason.message : reason);
});
Promise.reject(new Error('lost'));
Promise.reject('plain reason');
setTimeout(() => console.log('timer after the rejections'), 0);
